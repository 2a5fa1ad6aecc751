package heapwhy.sites;

import heapwhy.classes.ClassNames;
import heapwhy.collections.ClassOrigin;
import heapwhy.collections.Container;
import heapwhy.collections.Containers;
import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;
import heapwhy.paths.Chain;
import heapwhy.paths.Step;
import heapwhy.paths.walk.ThreadNames;
import heapwhy.util.Articles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What holds a growing place, as its headline names it: the field (or static, thread, stack frame) that holds
 * the collection the objects pile up in, with the collection's kind. "static InvoiceCache.ENTRIES (HashMap)";
 * where the field belongs to a JDK or library object, the way to it from the application's last field:
 * "static Reports.POOL → workQueue (LinkedBlockingQueue of a ThreadPoolExecutor)"; "a local variable of
 * Ingest.run in thread \"ingest\" (ArrayList)"; "the ThreadLocal RequestContext.CURRENT of 3 threads (…)".
 */
final class SiteHolder {
    private final HeapIndex index;
    private final Containers containers;

    SiteHolder(HeapIndex index) {
        this.index = index;
        this.containers = new Containers(index);
    }

    /** The holder of the place whose path (in the newest dump) is {@code chain}; {@code threads} hold it. */
    String of(Chain chain, List<String> threads) throws IOException {
        List<Step> steps = chain.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (isThreadLocal(step.label())) {
                int space = step.label().indexOf(' ');
                String variable = space < 0 ? "" : " " + step.label().substring(space + 1);
                return "the ThreadLocal" + variable + " of " + threadsText(chain, threads);
            }
        }
        int collection = lastCollectionStep(steps);
        if (collection < 0) {
            return linkedHolder(chain, threads);
        }
        // a collection of collections (a map of lists) is held where the outermost one is
        List<Integer> containerNodes = new ArrayList<>();
        containerNodes.add(collection == 0 ? rootNode(chain) : steps.get(collection - 1).node());
        while (collection > 0 && isCollection(steps.get(collection - 1))) {
            collection--;
            containerNodes.add(0, collection == 0 ? rootNode(chain) : steps.get(collection - 1).node());
        }
        if (collection == 0 || containerNodes.get(0) < 0) {
            String kind = containerNodes.get(0) < 0 ? null : kindOf(containerNodes, -1);
            return rootHolder(chain, threads) + (kind == null ? "" : " (" + kind + ")");
        }
        List<String> way = new ArrayList<>();
        int owner = -1;
        for (int j = collection - 1; j >= 0; j--) {
            Step field = steps.get(j);
            if (!isField(field)) {
                break;
            }
            way.add(0, field.label());
            owner = j == 0 ? rootNode(chain) : steps.get(j - 1).node();
            if (field.label().startsWith("static ") || owner < 0 || isApplication(owner)) {
                break;
            }
        }
        if (way.isEmpty()) {
            return rootHolder(chain, threads) + " (" + kindOf(containerNodes, -1) + ")";
        }
        String first = way.get(0);
        if (!first.startsWith("static ")) {
            way.set(0, (owner < 0 ? rootOwner(chain) : simpleName(owner) + ".") + first);
        }
        int fieldOwner = collection >= 2 ? steps.get(collection - 2).node() : rootNode(chain);
        boolean ownedByJdk = fieldOwner >= 0 && !steps.get(collection - 1).label().startsWith("static ")
                && !isApplication(fieldOwner);
        return String.join(" → ", way) + " (" + kindOf(containerNodes, ownedByJdk ? fieldOwner : -1) + ")";
    }

    private static int rootNode(Chain chain) {
        return chain.root() == null ? -1 : chain.root().node();
    }

    /**
     * A place with no collection on its path: the last field on the way to its first object, and the field
     * that links its objects when they make a chain ("static Journal.head (Link, linked by next)").
     */
    private String linkedHolder(Chain chain, List<String> threads) throws IOException {
        List<Step> steps = chain.steps();
        int chainStep = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).times() > 1) {
                chainStep = i;
            }
        }
        int last = chainStep > 0 ? chainStep - 1 : steps.size() - 1;
        while (last >= 0 && steps.get(last).label().startsWith("<")) {
            last--;
        }
        if (last < 0) {
            return rootHolder(chain, threads);
        }
        Step field = steps.get(last);
        String text;
        if (field.label().startsWith("static ") || !isField(field)) {
            text = field.label();
        } else {
            int owner = last == 0 ? -1 : steps.get(last - 1).node();
            text = (owner < 0 ? rootOwner(chain) : simpleName(owner) + ".") + field.label();
        }
        String reached = simpleName(field.node());
        String link = chainStep > 0 ? steps.get(chainStep).link()
                : selfLink(field.node());
        return text + " (" + reached + (link == null ? "" : ", linked by " + link) + ")";
    }

    /** The field by which an object refers to another of its own class (a list's "next"), or null. */
    private String selfLink(int node) throws IOException {
        if (index.isClass(node) || index.contents().arrayLength(node) >= 0) {
            return null;
        }
        for (heapwhy.graph.HeapField f : index.contents().fields(node)) {
            if (f.node() >= 0 && !index.isClass(f.node()) && index.classIndex(f.node()) == index.classIndex(node)) {
                return f.name();
            }
        }
        return null;
    }

    private static int lastCollectionStep(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (isCollection(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A step through a collection's insides ("map[…]", "list[3]", "map key …"), not a run of links. */
    private static boolean isCollection(Step step) {
        return step.times() == 1 && (step.link().endsWith("]") || step.link().contains(" key "));
    }

    /** A step by one field or static, taken once. */
    private static boolean isField(Step step) {
        String link = step.link();
        return step.times() == 1 && !link.startsWith("<") && !link.endsWith("]") && !link.contains(" key ");
    }

    private static boolean isThreadLocal(String label) {
        return label.startsWith("threadLocal") || label.startsWith("inheritableThreadLocal");
    }

    private boolean isApplication(int node) {
        String name = index.isClass(node) ? "java.lang.Class" : index.classOf(node).name();
        return ClassOrigin.of(name) == ClassOrigin.APPLICATION;
    }

    /**
     * The containers, outermost first, as one kind: "HashMap", "HashMap of ArrayList", "ResponseCache$1, a
     * LinkedHashMap", "Object[]", and with the JDK object whose field holds them: "LinkedBlockingQueue of a
     * ThreadPoolExecutor".
     */
    private String kindOf(List<Integer> nodes, int jdkOwner) throws IOException {
        List<String> kinds = new ArrayList<>();
        for (int node : nodes) {
            Container container = node < 0 ? null : containers.ofNode(node);
            kinds.add(container != null ? container.name() : node < 0 ? "?" : simpleName(node));
        }
        String kind = String.join(" of ", kinds);
        return jdkOwner < 0 ? kind : kind + " of " + Articles.withArticle(simpleName(jdkOwner));
    }

    private String simpleName(int node) {
        if (index.isClass(node)) {
            return index.describe(node);
        }
        return ClassNames.simpleName(index.classOf(node).name());
    }

    /** The class of a thread that begins the path, as the owner of its field ("Worker."), or "". */
    private String rootOwner(Chain chain) {
        return chain.root() == null ? "" : simpleName(chain.root().node()) + ".";
    }

    /** The root that holds the place when no field does: a stack frame's local variable, a thread, a JNI global. */
    private String rootHolder(Chain chain, List<String> threads) throws IOException {
        GcRoot root = chain.root();
        if (root == null) {
            return chain.rootText();
        }
        if (root.kind() == RootKind.JAVA_FRAME || root.kind() == RootKind.JNI_LOCAL) {
            String method = root.location().replaceAll("\\(.*\\)$", "");
            int dot = method.lastIndexOf('.');
            String shortMethod = dot < 0 ? method : ClassNames.simpleName(method.substring(0, dot)) + method.substring(dot);
            String thread = new ThreadNames(index).ofSerial(root.threadSerial());
            String where = method.isEmpty() ? "" : " of " + shortMethod;
            String who = thread == null ? "" : " in thread \"" + thread + "\"";
            return (root.kind() == RootKind.JAVA_FRAME ? "a local variable" : "a JNI local") + where + who;
        }
        if (root.kind() == RootKind.THREAD_OBJECT) {
            return threadsText(chain, threads);
        }
        return chain.rootText();
    }

    private static String threadsText(Chain chain, List<String> threads) {
        if (threads.isEmpty()) {
            return chain.rootText();
        }
        String first = "thread \"" + threads.get(0) + "\"";
        return threads.size() == 1 ? first
                : threads.size() + " threads (\"" + String.join("\", \"", threads) + "\")";
    }
}
