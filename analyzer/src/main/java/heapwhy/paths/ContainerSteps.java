package heapwhy.paths;

import heapwhy.collections.Container;
import heapwhy.collections.ContainerKind;
import heapwhy.collections.Containers;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.EdgeLabels;
import heapwhy.paths.walk.ValueText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a chain of nodes into readable steps: first one plain label per edge ({@link EdgeLabels}), then a
 * pass that replaces the walk through a container's insides by one step. Containers are the JDK's and
 * well-known libraries' collections and caches, subclasses included ({@link Containers}): {@code map["key"]},
 * {@code map key "key"} when the chain goes on through the key, {@code set["key"]}, {@code list[i]},
 * {@code queue[…]}, {@code deque[…]}, {@code cache["key"]}, and {@code threadLocal} (a Thread's ThreadLocal map)
 * followed by the static that holds the ThreadLocal when one does: {@code threadLocal RequestFilter.CONTEXT}.
 * Last, a run of links between objects of one class by one field (a linked list's {@code next}, a tree's
 * {@code left}) becomes one step with its count: {@code next ×2,999}.
 */
final class ContainerSteps {
    private static final String THREAD_LOCAL_MAP = "java.lang.ThreadLocal$ThreadLocalMap";
    /**
     * Maps whose one array holds keys and values in turn (key at 2i, its value at 2i + 1); in any other
     * container's array, the slot before an element is another element (a set's, a list's, an EnumMap's value).
     */
    private static final Set<String> PAIRED_TABLES =
            Set.of("java.util.IdentityHashMap", "java.util.ImmutableCollections$MapN");

    private final HeapIndex index;
    private final EdgeLabels labels;
    private final Containers containers;
    private final java.util.Map<Integer, String> keys = new java.util.HashMap<>();
    private final List<Walk> walks = new ArrayList<>();
    private final boolean specific;

    ContainerSteps(HeapIndex index) throws IOException {
        this(index, true);
    }

    /**
     * With specific false, steps say which collection and not which element: {@code map[…]}, {@code list[…]},
     * {@code […]}; a path that stands for many objects reads so.
     */
    ContainerSteps(HeapIndex index, boolean specific) throws IOException {
        this.index = index;
        this.labels = new EdgeLabels(index);
        this.containers = new Containers(index);
        this.specific = specific;
    }

    /** The steps of a chain of nodes (root object first); one fewer than the nodes, or fewer where collapsed. */
    List<Step> of(int[] chain) throws IOException {
        walks.clear();
        int k = chain.length - 1;
        String[] raw = rawLabels(chain);
        List<Step> steps = new ArrayList<>();
        List<Integer> holders = new ArrayList<>();
        for (int i = 1; i <= k; ) {
            Step collapsed = collapse(chain, raw, i);
            holders.add(chain[i - 1]);
            if (collapsed == null) {
                steps.add(new Step(specific || !isIndex(raw[i]) ? raw[i] : "[…]", chain[i]));
                i++;
            } else {
                steps.add(collapsed);
                i = indexOf(chain, collapsed.node(), i) + 1;
            }
        }
        return repeatsMerged(steps, holders);
    }

    /** The plain label of each edge of the chain, at the index of the object it reaches ("" before the first). */
    private String[] rawLabels(int[] chain) throws IOException {
        String[] raw = new String[chain.length];
        raw[0] = "";
        for (int i = 1; i < chain.length; i++) {
            raw[i] = labels.label(chain[i - 1], chain[i]);
        }
        return raw;
    }

    /**
     * Runs of one field between objects of one class ({@code next}, {@code next}, …) as one step "next ×N":
     * a linked list of thousands is one line, not thousands.
     */
    private List<Step> repeatsMerged(List<Step> steps, List<Integer> holders) {
        List<Step> merged = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); ) {
            Step step = steps.get(i);
            int j = i;
            while (j + 1 < steps.size() && isLink(steps.get(j + 1), holders.get(j + 1))
                    && grouped(steps.get(j + 1).label()).equals(grouped(step.label()))
                    && sameClass(steps.get(j + 1).node(), step.node())) {
                j++;
            }
            if (j > i && isLink(step, holders.get(i))) {
                merged.add(new Step(grouped(step.label()), steps.get(j).node(), j - i + 1));
            } else if (j > i) {
                merged.add(step);
                merged.add(new Step(grouped(steps.get(i + 1).label()), steps.get(j).node(), j - i));
            } else {
                merged.add(step);
            }
            i = j + 1;
        }
        return merged;
    }

    /** Whether a step goes from an object to another of its class by a plain field or element. */
    private boolean isLink(Step step, int holder) {
        String label = step.label();
        return !label.startsWith("<") && !label.startsWith("static ") && sameClass(holder, step.node());
    }

    private boolean sameClass(int a, int b) {
        return !index.isClass(a) && !index.isClass(b) && index.classIndex(a) == index.classIndex(b);
    }

    /** The label with array indexes as "[…]", for telling whether two steps are the same link. */
    private static String grouped(String label) {
        return isIndex(label) ? "[…]" : label;
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
        if ((raw[i].equals("threadLocals") || raw[i].equals("inheritableThreadLocals"))
                && className(chain[i]).equals(THREAD_LOCAL_MAP) && i + 3 <= k && raw[i + 1].equals("table")
                && isIndex(raw[i + 2]) && raw[i + 3].equals("value")) {
            String kind = raw[i].equals("threadLocals") ? "threadLocal" : "inheritableThreadLocal";
            String variable = threadLocalVariable(chain[i + 2]);
            return new Step(variable == null ? kind : kind + " " + variable, chain[i + 3]);
        }
        Container container = containers.ofNode(chain[i - 1]);
        return container == null ? null : walk(container, chain, raw, i);
    }

    /**
     * Follows the chain from a container at chain[i-1] through its insides (nested classes, their arrays,
     * containers it delegates to: a HashSet's HashMap, a cache's ConcurrentHashMap) to the first object that
     * is none of them, what the container holds; null when the chain leaves by one of the container's own
     * fields (a comparator) or ends inside.
     */
    private Step walk(Container container, int[] chain, String[] raw, int i) throws IOException {
        return walk(container, new java.util.LinkedHashSet<>(container.insides()), chain, raw, i, i, true, false);
    }

    /**
     * The walk from chain[start] on, in the state it has there: which prefixes are inside, whether chain[start-1]
     * is a container or delegate ({@code atContainer}) or an array of the insides ({@code atArray}); the step
     * counts positions from i, where the walk began.
     */
    private Step walk(Container container, Set<String> insides, int[] chain, String[] raw, int i,
                      int start, boolean atContainer, boolean atArray) throws IOException {
        int k = chain.length - 1;
        List<Integer> inside = new ArrayList<>();
        for (int q = start; q <= k; q++) {
            int y = chain[q];
            int from = chain[q - 1];
            if (index.isClass(y) || raw[q].startsWith("<")) {
                return null;
            }
            String name = className(y);
            boolean array = index.contents().arrayLength(y) >= 0;
            if (atContainer && !atArray) {
                Container delegate = containers.ofNode(y);
                if (delegate != null) {
                    insides.addAll(delegate.insides());
                    continue;
                }
            }
            boolean isInside;
            if (atArray) {
                isInside = !array && Container.isInside(name, insides);
            } else if (atContainer) {
                isInside = array || Container.isInside(name, insides) || name.equals(Containers.ATOMIC_ARRAY);
            } else {
                isInside = Container.isInside(name, insides) || name.equals(Containers.ATOMIC_ARRAY)
                        || array && className(from).equals(Containers.ATOMIC_ARRAY);
            }
            if (isInside) {
                atContainer = false;
                atArray = array;
                inside.add(y);
                continue;
            }
            if (atContainer) {
                return null;
            }
            Step held = heldStep(container, chain, raw, i, q, atArray);
            walks.add(new Walk(held.node(), container, Set.copyOf(insides), inside));
            return held;
        }
        return null;
    }

    /**
     * A walk through a container's insides that {@link #of} made for the chain it was last given: the object it
     * reached (the step's), and the objects inside on the way, from which a walk can go on
     * ({@link #continueWalk}) without going back to the container.
     */
    record Walk(int held, Container container, Set<String> insides, List<Integer> inside) {
    }

    /** The walks through containers of the last chain given to {@link #of} or {@link #continueWalk}. */
    List<Walk> walks() {
        return walks;
    }

    /** Where a walk that went on from inside a container came out: its step and the chain position reached. */
    record Continued(Step step, int at) {
    }

    /**
     * Goes on with a walk through a container's insides from chain[0], an object inside it (met by an earlier
     * walk with {@code insides}), to what the container holds; null when the chain does not leave the insides
     * that way.
     */
    Continued continueWalk(Container container, Set<String> insides, int[] chain) throws IOException {
        walks.clear();
        String[] raw = rawLabels(chain);
        boolean array = index.contents().arrayLength(chain[0]) >= 0;
        // positions count from -1 so that no element reads as one of the list's own array
        Step step = walk(container, new java.util.LinkedHashSet<>(insides), chain, raw, -1, 1, false, array);
        return step == null ? null : new Continued(step, indexOf(chain, step.node(), 1));
    }

    /** The step to chain[q], what the container whose walk began at i holds. */
    private Step heldStep(Container container, int[] chain, String[] raw, int i, int q, boolean fromArray)
            throws IOException {
        String word = container.kind().word();
        int holder = chain[q - 1];
        boolean key;
        if (fromArray) {
            key = container.known().equals("java.util.IdentityHashMap") && isIndex(raw[q])
                    && Integer.parseInt(raw[q].substring(1, raw[q].length() - 1)) % 2 == 0;
        } else {
            key = raw[q].equals("key") || raw[q].equals("k")
                    || raw[q].equals("referent") && className(holder).startsWith("java.util.WeakHashMap$");
        }
        if (container.kind() == ContainerKind.LIST || container.kind() == ContainerKind.QUEUE
                || container.kind() == ContainerKind.DEQUE) {
            // an element's position means something only in an array the list holds itself
            boolean indexed = specific && fromArray && container.kind() == ContainerKind.LIST && q - i == 1;
            return new Step(word + (indexed ? raw[q] : "[…]"), chain[q]);
        }
        // a set's element is its own key: its value names it, never a neighbour's in the set's array
        String keyText = container.kind() == ContainerKind.SET ? (specific ? ValueText.of(index, chain[q]) : null)
                : keyOf(container, chain, raw, i, q, fromArray);
        String shown = keyText == null ? "…" : keyText;
        if (container.kind() == ContainerKind.SET) {
            return new Step("set[" + shown + "]", chain[q]);
        }
        if (key) {
            return new Step(word + " key " + shown, chain[q]);
        }
        return new Step(word + "[" + shown + "]", chain[q]);
    }

    /** The text of the key under which chain[q] is held, or null (not asked for, or not found). */
    private String keyOf(Container container, int[] chain, String[] raw, int i, int q, boolean fromArray)
            throws IOException {
        if (!specific) {
            return null;
        }
        int holder = chain[q - 1];
        if (fromArray) {
            if (!PAIRED_TABLES.contains(container.known()) || !className(holder).equals("java.lang.Object[]")
                    || !isIndex(raw[q])) {
                return null;
            }
            int at = Integer.parseInt(raw[q].substring(1, raw[q].length() - 1));
            if (at % 2 == 0) {
                return ValueText.of(index, chain[q]);
            }
            List<HeapField> pair = index.contents().fields(holder, at);
            return pair.size() == at ? ValueText.of(index, pair.get(at - 1).node()) : null;
        }
        for (int p = q - 1; p >= Math.max(i, 0); p--) {
            if (index.contents().arrayLength(chain[p]) < 0) {
                String text = keyOf(chain[p]);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * The static field that holds the ThreadLocal of a ThreadLocalMap entry ("ThreadLocalScenario.CONTEXT"),
     * found among the holders of the entry's key; null when no class's static holds it.
     */
    private String threadLocalVariable(int entry) throws IOException {
        int threadLocal = -1;
        for (HeapField f : index.contents().fields(entry)) {
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
            for (HeapField f : index.contents().rawFields(holder)) {
                if (f.value() == id && f.type() == heapwhy.hprof.BasicType.OBJECT) {
                    return heapwhy.classes.ClassNames.simpleName(index.describe(holder).substring("class ".length())) + "." + f.name();
                }
            }
        }
        return null;
    }

    private String keyOf(int entry) throws IOException {
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
        for (HeapField f : index.contents().fields(entry)) {
            boolean weakKey = f.name().equals("referent") && className(entry).startsWith("java.util.WeakHashMap$");
            if (f.name().equals("key") || f.name().equals("k") || weakKey) {
                return f.node() < 0 ? null : ValueText.of(index, f.node());
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
