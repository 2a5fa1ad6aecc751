package heapwhy.sites;

import heapwhy.collections.Containers;
import heapwhy.graph.ClassShape;
import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;
import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.RootKind;
import heapwhy.paths.walk.ShortestPaths;
import heapwhy.paths.walk.ThreadNames;
import heapwhy.store.LongIntMap;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every object that a strong path from a GC root reaches the signature of its shortest path: where the
 * path starts (a class, or a root spelled without what changes between dumps: thread names with their numbers
 * blurred, frames without line numbers), then per reference the field (or static, or "[]" for any array
 * element) and the class reached. Objects of one signature are "the same place" in any dump of the program,
 * however their ids and order changed.
 *
 * <p>Three rules keep the number of signatures small: a class restarts the path (its statics are the story,
 * not the loader that lists it); an object reached from an object of its own class shares its holder's
 * signature (linked lists, trees); and a step that repeats one of the steps above it returns to that
 * signature (A → B → A → B … cycles).
 *
 * <p>Costs per object: the search's 8 bytes, then 2 bytes (which reference) and 4 (signature), in two passes
 * in dump order; each object with children on the search tree has its reference fields read once.
 */
final class SiteSignatures {
    /** References numbered beyond this (classes with thousands of statics) share the label "<other>". */
    private static final int MAX_SLOT = (1 << 14) - 1;
    private static final int MAX_CLASSES = 1 << 22;
    private static final int LOOP_SEARCH_DEPTH = 32;
    private static final int PROGRESS_MASK = (1 << 20) - 1;
    /** The label and class name of the one signature of a container's insides. */
    static final String INSIDES = "<insides>";

    private final HeapIndex index;
    private final ShortestPaths paths;
    private final SiteTable table = new SiteTable();
    private final LongIntMap byStep = new LongIntMap(1 << 12);
    private final Map<String, Integer> byRootKey = new HashMap<>();
    private final Map<String, Integer> byLongStep = new HashMap<>();
    private final ThreadNames threads;
    private final Containers containers;
    /** Per signature: 1 + the container's signature when it is one of a container's insides, else 0. */
    private int[] containerOf = new int[1024];
    /** Per class: 0 not looked at yet, 1 part of some container's insides, 2 not. */
    private byte[] insideClass;
    private final Map<Integer, Integer> insidesByContainer = new HashMap<>();
    private final Map<Long, Integer> heldBy = new HashMap<>();
    private short[] slot;
    private ProgressListener progress = ProgressListener.NONE;

    private SiteSignatures(HeapIndex index, ShortestPaths paths) throws IOException {
        this.index = index;
        this.paths = paths;
        this.threads = new ThreadNames(index);
        this.containers = new Containers(index);
    }

    /**
     * The signatures of a dump, with the search they came from (to spell out example paths) and each object's
     * signature (-1 for none), to tell which place keeps which.
     */
    record Computed(SiteTable table, ShortestPaths paths, int[] signatures) {
    }

    /** Computes a dump's signatures; {@code progress} hears (objects passed, 2 × objects) over the two passes. */
    static Computed compute(HeapIndex index, ProgressListener progress) throws IOException {
        ShortestPaths paths = ShortestPaths.compute(index, false);
        SiteSignatures s = new SiteSignatures(index, paths);
        s.progress = progress;
        s.slot = s.labelSlots();
        int[] signatures = s.assign();
        return new Computed(s.table, paths, signatures);
    }

    /**
     * For every object on the search tree: 1 + the number of the reference its parent holds it by (the
     * static's or reference field's position, 0 for an array element), or 0 when that is none of those (an
     * object's class, a class's loader).
     */
    private short[] labelSlots() throws IOException {
        int n = index.nodeCount();
        short[] slots = new short[n];
        long[] ids = new long[64];
        int[] targets = new int[64];
        for (int u = 0; u < n; u++) {
            if ((u & PROGRESS_MASK) == 0) {
                progress.progress(u, 2L * n);
            }
            int count = index.outboundCount(u);
            if (count == 0 || !paths.reached(u)) {
                continue;
            }
            if (count > targets.length) {
                targets = new int[Math.max(count, targets.length * 2)];
            }
            int degree = index.outbound(u, targets);
            int held = 0;
            for (int i = 0; i < degree; i++) {
                if (paths.parent(targets[i]) == u) {
                    held++;
                }
            }
            if (held == 0) {
                continue;
            }
            if (index.isClass(u)) {
                ClassShape shape = index.contents().classShape(u);
                if (shape != null) {
                    forChildren(u, targets, degree, shape.staticValues(), shape.staticValues().length,
                            shape.staticTypes(), slots);
                }
            } else if (index.contents().arrayLength(u) >= 0) {
                for (int i = 0; i < degree; i++) {
                    int w = targets[i];
                    if (paths.parent(w) == u && !index.isClass(w)) {
                        slots[w] = 1;
                    }
                }
            } else {
                int fields = index.contents().referenceFieldNames(index.classIndex(u)).size();
                if (ids.length < fields) {
                    ids = new long[fields];
                }
                int k = index.contents().referenceValues(u, ids);
                forChildren(u, targets, degree, ids, k, null, slots);
            }
        }
        return slots;
    }

    /** Sets the slot of each child of u on the search tree to 1 + the position of the first value holding it. */
    private void forChildren(int u, int[] targets, int degree, long[] values, int k, byte[] types, short[] slots) {
        for (int i = 0; i < degree; i++) {
            int w = targets[i];
            if (paths.parent(w) != u) {
                continue;
            }
            long id = index.objectId(w);
            for (int j = 0; j < k && j < MAX_SLOT; j++) {
                if (values[j] == id && (types == null || types[j] == BasicType.OBJECT)) {
                    slots[w] = (short) (j + 1);
                    break;
                }
            }
        }
    }

    /** Gives each reached object its signature, holders before what they hold, and counts it there. */
    private int[] assign() throws IOException {
        int n = index.nodeCount();
        int[] sig = new int[n];
        Arrays.fill(sig, -1);
        int[] stack = new int[256];
        for (int v = 0; v < n; v++) {
            if ((v & PROGRESS_MASK) == 0) {
                progress.progress((long) n + v, 2L * n);
            }
            if (sig[v] >= 0 || !paths.reached(v)) {
                continue;
            }
            int top = 0;
            for (int x = v; x >= 0 && sig[x] < 0; x = paths.parent(x)) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = x;
            }
            while (top > 0) {
                int x = stack[--top];
                int p = paths.parent(x);
                int s = signature(x, p, p < 0 ? -1 : sig[p]);
                sig[x] = s;
                boolean starts = p < 0 || sig[p] != s;
                table.count(s, x, index.shallowSize(x), starts);
            }
        }
        // what a place retains: its objects that no other object of the place dominates, each with what it
        // retains; disjoint, so the sum is what would be freed if the place were emptied
        for (int x = 0; x < n; x++) {
            if (sig[x] < 0) {
                continue;
            }
            int d = index.immediateDominator(x);
            if (d < 0 || sig[d] != sig[x]) {
                table.retain(sig[x], index.retainedSize(x));
            }
        }
        return sig;
    }

    private int signature(int x, int p, int parentSig) throws IOException {
        if (index.isClass(x)) {
            return rootSignature(index.describe(x), x);
        }
        if (p < 0) {
            return rootSignature(rootKey(x), x);
        }
        int c = index.classIndex(x);
        boolean holderIsClass = index.isClass(p);
        if (!holderIsClass && index.classIndex(p) == c) {
            return parentSig;
        }
        int inContainer = holderIsClass ? -1 : containerAt(p, parentSig);
        if (inContainer >= 0) {
            return inside(x, p, c, inContainer);
        }
        int slotNumber = slot[x];
        int holder = index.classIndex(p);
        int known = find(parentSig, slotNumber, c);
        if (known >= 0) {
            return known;
        }
        int s = loopBack(parentSig, holder, slotNumber, c);
        if (s < 0) {
            s = table.addChild(parentSig, holder, slotNumber, label(p, slotNumber), index.classOf(x).name(), c);
        }
        remember(parentSig, slotNumber, c, s);
        return s;
    }

    /**
     * The container signature whose insides the holder p is part of (p's own, when p is a container), or -1.
     * A container's insides are one place, however a path got into them (a LinkedHashMap's entries from its
     * table or its head, a LinkedList's nodes from either end): otherwise one leak splits into several.
     */
    private int containerAt(int p, int parentSig) throws IOException {
        if (parentSig < containerOf.length && containerOf[parentSig] > 0) {
            return containerOf[parentSig] - 1;
        }
        return containers.ofNode(p) != null ? parentSig : -1;
    }

    /** Whether objects of the class are part of a container's insides wherever they are (by name, once). */
    private boolean insideByName(int classIndex) {
        if (insideClass == null) {
            insideClass = new byte[index.classes().size()];
        }
        if (insideClass[classIndex] == 0) {
            String name = index.classes().get(classIndex).name();
            insideClass[classIndex] = Containers.isInsideAny(name) || name.equals(Containers.ATOMIC_ARRAY) ? (byte) 1 : 2;
        }
        return insideClass[classIndex] == 1;
    }

    /** The signature of x, reached from p inside the container whose signature is {@code container}. */
    private int inside(int x, int p, int c, int container) throws IOException {
        boolean fromContainer = containers.ofNode(p) != null;
        boolean isInside = insideByName(c)
                || index.contents().arrayLength(x) >= 0 && (fromContainer || index.classOf(p).name().equals(Containers.ATOMIC_ARRAY))
                || fromContainer && containers.ofNode(x) != null;
        int insides = insidesOf(container);
        if (isInside) {
            return insides;
        }
        long key = ((long) insides << 23) | c;
        Integer known = heldBy.get(key);
        if (known != null) {
            return known;
        }
        int s = table.addChild(insides, -1, 0, "[…]", index.classOf(x).name(), c);
        heldBy.put(key, s);
        return s;
    }

    /** The one signature of a container's insides, made at its first use. */
    private int insidesOf(int container) {
        Integer known = insidesByContainer.get(container);
        if (known != null) {
            return known;
        }
        int s = table.addChild(container, -1, 0, INSIDES, INSIDES, -1);
        insidesByContainer.put(container, s);
        if (s >= containerOf.length) {
            containerOf = Arrays.copyOf(containerOf, Math.max(s + 1, containerOf.length * 2));
        }
        containerOf[s] = container + 1;
        return s;
    }

    private int find(int parentSig, int slotNumber, int c) {
        if (c < MAX_CLASSES && parentSig < (1 << 27)) {
            return byStep.get(stepKey(parentSig, slotNumber, c));
        }
        Integer s = byLongStep.get(parentSig + "/" + slotNumber + "/" + c);
        return s == null ? -1 : s;
    }

    private void remember(int parentSig, int slotNumber, int c, int s) {
        if (c < MAX_CLASSES && parentSig < (1 << 27)) {
            byStep.put(stepKey(parentSig, slotNumber, c), s);
        } else {
            byLongStep.put(parentSig + "/" + slotNumber + "/" + c, s);
        }
    }

    private static long stepKey(int parentSig, int slotNumber, int c) {
        return ((long) parentSig << 36) | ((long) slotNumber << 22) | c;
    }

    /** An ancestor signature reached by the same step (holder class, reference, class), or -1. */
    private int loopBack(int from, int holder, int slotNumber, int c) {
        int a = from;
        for (int depth = 0; a >= 0 && depth < LOOP_SEARCH_DEPTH; depth++, a = table.parent(a)) {
            if (table.parent(a) >= 0 && table.classIndex(a) == c && table.holderClass(a) == holder
                    && table.slot(a) == slotNumber) {
                return a;
            }
        }
        return -1;
    }

    private int rootSignature(String key, int x) throws IOException {
        Integer known = byRootKey.get(key);
        int s = known != null ? known : table.addRoot(key, index.describe(x), index.classIndex(x));
        if (known == null) {
            byRootKey.put(key, s);
        }
        GcRoot root = paths.rootOf(x);
        if (root != null && root.kind() == RootKind.THREAD_OBJECT && !index.isClass(x)) {
            String name = threads.ofThread(x);
            if (name != null) {
                table.addThread(s, name);
            }
        }
        return s;
    }

    /**
     * A GC root as it reads in any dump of the same program: kind, thread name with digits blurred (pool
     * threads are alike), the frame's method without its line, and the class of the object.
     */
    private String rootKey(int x) throws IOException {
        GcRoot root = paths.rootOf(x);
        String what = index.describe(x);
        if (root == null) {
            return what;
        }
        RootKind kind = root.kind();
        if (kind == RootKind.THREAD_OBJECT) {
            return "thread " + blurred(threads.ofThread(x)) + " (" + what + ")";
        }
        StringBuilder key = new StringBuilder(kind.description());
        if (root.threadSerial() != 0) {
            key.append(" of thread ").append(blurred(threads.ofSerial(root.threadSerial())));
        }
        if (!root.location().isEmpty()) {
            key.append(" in ").append(root.location().replaceAll(":\\d+\\)$", ")"));
        }
        return key.append(": ").append(what).toString();
    }

    /** "request-pool-3" → "request-pool-#": the threads of one pool are one place. */
    static String blurred(String threadName) {
        return threadName == null ? "?" : threadName.replaceAll("[0-9]+", "#");
    }

    /** The reference's label as signatures are matched across dumps: a field's or static's name, or "[]". */
    private String label(int holder, int slotNumber) throws IOException {
        if (slotNumber == 0) {
            return "<other>";
        }
        if (index.isClass(holder)) {
            ClassShape shape = index.contents().classShape(holder);
            return shape == null ? "<other>" : "static " + shape.staticNames()[slotNumber - 1];
        }
        if (index.contents().arrayLength(holder) >= 0) {
            return "[]";
        }
        List<String> names = index.contents().referenceFieldNames(index.classIndex(holder));
        return names.get(slotNumber - 1);
    }
}
