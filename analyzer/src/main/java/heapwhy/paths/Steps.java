package heapwhy.paths;

import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a chain of nodes into readable steps: first one plain label per edge ({@link EdgeLabels}), then a
 * pass that recognises the internals of the JDK's collections by the class names and field names along the
 * chain and replaces each such run by one step: {@code map["key"]} (HashMap, LinkedHashMap, Hashtable,
 * WeakHashMap, ConcurrentHashMap: map → table → node → next… → value), {@code map key "key"} when the chain
 * goes on through the key, {@code set["key"]} (HashSet, LinkedHashSet), {@code list[i]} (ArrayList, Vector,
 * CopyOnWriteArrayList), {@code list[…]} (LinkedList), {@code deque[…]} (ArrayDeque) and {@code threadLocal}
 * (a Thread's ThreadLocal map), followed by the static that holds the ThreadLocal when one does:
 * {@code threadLocal RequestFilter.CONTEXT}.
 */
final class Steps {
    private static final Set<String> MAPS = Set.of("java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.Hashtable", "java.util.WeakHashMap", "java.util.concurrent.ConcurrentHashMap",
            "java.util.Properties");
    private static final Set<String> SETS = Set.of("java.util.HashSet", "java.util.LinkedHashSet");
    private static final Set<String> LISTS = Set.of("java.util.ArrayList", "java.util.Vector",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.Stack");
    private static final Set<String> ENTRY_LINKS = Set.of("next", "before", "after", "left", "right", "parent",
            "prev", "first", "root");
    private static final String THREAD_LOCAL_MAP = "java.lang.ThreadLocal$ThreadLocalMap";

    private final HeapIndex index;
    private final EdgeLabels labels;
    private final java.util.Map<Integer, String> keys = new java.util.HashMap<>();
    private final boolean specific;

    Steps(HeapIndex index) throws IOException {
        this(index, true);
    }

    /**
     * With specific false, steps say which collection and not which element: {@code map[…]}, {@code list[…]},
     * {@code […]}; a path that stands for many objects reads so.
     */
    Steps(HeapIndex index, boolean specific) throws IOException {
        ObjectReading.ensure(index);
        this.index = index;
        this.labels = new EdgeLabels(index);
        this.specific = specific;
    }

    /** The steps of a chain of nodes (root object first); one fewer than the nodes, or fewer where collapsed. */
    List<Step> of(int[] chain) throws IOException {
        int k = chain.length - 1;
        String[] raw = new String[chain.length];
        for (int i = 1; i <= k; i++) {
            raw[i] = labels.label(chain[i - 1], chain[i]);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= k; ) {
            Step collapsed = collapse(chain, raw, i);
            if (collapsed == null) {
                steps.add(new Step(specific || !isIndex(raw[i]) ? raw[i] : "[…]", chain[i]));
                i++;
            } else {
                steps.add(collapsed);
                i = indexOf(chain, collapsed.node(), i) + 1;
            }
        }
        return steps;
    }

    private static int indexOf(int[] chain, int node, int from) {
        for (int i = from; i < chain.length; i++) {
            if (chain[i] == node) {
                return i;
            }
        }
        throw new IllegalStateException("node not on the chain");
    }

    /** A collapsed step for the edges starting at i (holder chain[i-1]), or null when no pattern fits. */
    private Step collapse(int[] chain, String[] raw, int i) throws IOException {
        int k = chain.length - 1;
        String holder = className(chain[i - 1]);
        if (LISTS.contains(holder) && (raw[i].equals("elementData") || raw[i].equals("array"))
                && i + 1 <= k && isIndex(raw[i + 1])) {
            return new Step(specific ? "list" + raw[i + 1] : "list[…]", chain[i + 1]);
        }
        if (holder.equals("java.util.ArrayDeque") && raw[i].equals("elements") && i + 1 <= k && isIndex(raw[i + 1])) {
            return new Step("deque[…]", chain[i + 1]);
        }
        if (holder.equals("java.util.LinkedList") && (raw[i].equals("first") || raw[i].equals("last"))) {
            int j = i;
            while (j + 1 <= k && (raw[j + 1].equals("next") || raw[j + 1].equals("prev"))) {
                j++;
            }
            if (j + 1 <= k && raw[j + 1].equals("item")) {
                return new Step("list[…]", chain[j + 1]);
            }
            return null;
        }
        if (MAPS.contains(holder)) {
            return mapStep(chain, raw, i, "map", false);
        }
        if (SETS.contains(holder) && raw[i].equals("map") && i + 1 <= k && MAPS.contains(className(chain[i]))) {
            return mapStep(chain, raw, i + 1, "set", true);
        }
        if ((raw[i].equals("threadLocals") || raw[i].equals("inheritableThreadLocals"))
                && className(chain[i]).equals(THREAD_LOCAL_MAP) && i + 3 <= k && raw[i + 1].equals("table")
                && isIndex(raw[i + 2]) && raw[i + 3].equals("value")) {
            String kind = raw[i].equals("threadLocals") ? "threadLocal" : "inheritableThreadLocal";
            String variable = threadLocalVariable(chain[i + 2]);
            return new Step(variable == null ? kind : kind + " " + variable, chain[i + 3]);
        }
        return null;
    }

    /** map → table → [i] → entry (→ next…) → value/key, or map → head/tail → entry…; i is the map's edge. */
    private Step mapStep(int[] chain, String[] raw, int i, String name, boolean set) throws IOException {
        int k = chain.length - 1;
        int j;
        if (raw[i].equals("table") && i + 1 <= k && isIndex(raw[i + 1])) {
            j = i + 1;
        } else if (raw[i].equals("head") || raw[i].equals("tail")) {
            j = i;
        } else if (raw[i].equals("map") && i + 1 <= k && MAPS.contains(className(chain[i]))) {
            return mapStep(chain, raw, i + 1, name, set); // Properties → its ConcurrentHashMap
        } else {
            return null;
        }
        while (j + 1 <= k && ENTRY_LINKS.contains(raw[j + 1])) {
            j++;
        }
        if (j + 1 > k) {
            return null;
        }
        String last = raw[j + 1];
        boolean value = last.equals("value") || last.equals("val");
        boolean key = last.equals("key") || last.equals("referent");
        if (!value && !key || set && !key) {
            return null;
        }
        String keyText = keyOf(chain[j]);
        if (set) {
            return new Step("set[" + (keyText == null ? "…" : keyText) + "]", chain[j + 1]);
        }
        if (key) {
            return new Step(name + " key " + (keyText == null ? "…" : keyText), chain[j + 1]);
        }
        return new Step(name + "[" + (keyText == null ? "…" : keyText) + "]", chain[j + 1]);
    }

    /**
     * The static field that holds the ThreadLocal of a ThreadLocalMap entry ("ThreadLocalScenario.CONTEXT"),
     * found among the holders of the entry's key; null when no class's static holds it.
     */
    private String threadLocalVariable(int entry) throws IOException {
        int threadLocal = -1;
        for (HeapField f : index.fields(entry)) {
            if (f.name().equals("referent")) {
                threadLocal = f.node();
            }
        }
        if (threadLocal < 0) {
            return null;
        }
        long id = index.objectId(threadLocal);
        for (int holder : index.inbound(threadLocal)) {
            if (!index.isClass(holder)) {
                continue;
            }
            for (HeapField f : index.rawFields(holder)) {
                if (f.value() == id && f.type() == heapwhy.hprof.BasicType.OBJECT) {
                    return heapwhy.classes.ClassNames.simpleName(index.describe(holder).substring("class ".length())) + "." + f.name();
                }
            }
        }
        return null;
    }

    private String keyOf(int entry) throws IOException {
        if (!specific) {
            return null;
        }
        if (keys.containsKey(entry)) {
            return keys.get(entry);
        }
        String text = readKey(entry);
        if (keys.size() > 100_000) {
            keys.clear();
        }
        keys.put(entry, text);
        return text;
    }

    private String readKey(int entry) throws IOException {
        for (HeapField f : index.fields(entry)) {
            if (f.name().equals("key") || f.name().equals("referent")) {
                return ValueText.of(index, f.node());
            }
        }
        return null;
    }

    private String className(int node) {
        return index.isClass(node) ? "java.lang.Class" : index.classOf(node).name();
    }

    static boolean isIndex(String label) {
        return label.length() > 2 && label.charAt(0) == '[' && label.charAt(label.length() - 1) == ']'
                && Character.isDigit(label.charAt(1));
    }
}
