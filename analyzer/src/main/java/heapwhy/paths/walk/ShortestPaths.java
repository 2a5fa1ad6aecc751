package heapwhy.paths.walk;

import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One breadth-first search from all GC roots at once over the outbound edges: for every node reached, its
 * parent on one shortest path from a root or a class (4 bytes per node). Strong references only unless includeWeak:
 * a Reference's referent is then not followed, so objects reachable only through weak, soft, phantom or
 * final references have no path.
 */
public final class ShortestPaths {
    static final int NONE = -1;
    static final int AT_ROOT = -2;

    private final int[] parent;
    private final Map<Integer, GcRoot> rootOf;
    private final boolean includeWeak;

    private ShortestPaths(int[] parent, Map<Integer, GcRoot> rootOf, boolean includeWeak) {
        this.parent = parent;
        this.rootOf = rootOf;
        this.includeWeak = includeWeak;
    }

    /** Searches the whole reachable graph. */
    public static ShortestPaths compute(HeapIndex index, boolean includeWeak) throws IOException {
        return compute(index, includeWeak, -1);
    }

    /**
     * Searches until {@code stopAt} is reached (or the whole graph when it is -1 or never reached).
     *
     * <p>Paths start where a leak's story starts. First from every class (its statics live as long as its
     * loader, so "class MyCache" begins the path, as {@link #shownChain} shows it) and from the roots that
     * outlive a call: threads, JNI globals, monitors. Only then from stack frames and native stacks, for what
     * nothing longer-lived holds: a worker's local variable {@code this} explains nothing about an executor
     * that a static field keeps, but a list that only a running method holds is explained by that frame.
     */
    public static ShortestPaths compute(HeapIndex index, boolean includeWeak, int stopAt) throws IOException {
        int n = index.nodeCount();
        int[] parent = new int[n];
        Arrays.fill(parent, NONE);
        int[] queue = new int[n];
        Map<Integer, GcRoot> rootOf = new HashMap<>();
        for (GcRoot root : index.roots()) {
            int v = root.node();
            if (v < 0 || v >= n) {
                continue;
            }
            GcRoot before = rootOf.get(v);
            if (before == null || rank(root.kind()) < rank(before.kind())) {
                rootOf.put(v, root);
            }
        }
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (index.isClass(v) && index.inGraph(v) && parent[v] == NONE) {
                parent[v] = AT_ROOT;
                queue[tail++] = v;
            }
        }
        for (GcRoot root : index.roots()) {
            int v = root.node();
            if (v >= 0 && v < n && !isTransient(rootOf.get(v).kind()) && parent[v] == NONE) {
                parent[v] = AT_ROOT;
                queue[tail++] = v;
            }
        }
        ReferenceEdges references = includeWeak ? null : new ReferenceEdges(index);
        Search search = new Search(index, parent, queue, references, stopAt);
        tail = search.run(0, tail);
        if (!search.stopped) {
            // a loader that only its own classes refer to: they are what keeps it (a class-loader leak)
            int head = tail;
            for (int i = 0; i < search.deferredCount; i += 2) {
                int loader = search.deferred[i + 1];
                if (parent[loader] == NONE) {
                    parent[loader] = search.deferred[i];
                    queue[tail++] = loader;
                }
            }
            tail = search.run(head, tail);
        }
        if (!search.stopped) {
            int head = tail;
            for (GcRoot root : index.roots()) {
                int v = root.node();
                if (v >= 0 && v < n && parent[v] == NONE) {
                    parent[v] = AT_ROOT;
                    queue[tail++] = v;
                }
            }
            search.run(head, tail);
        }
        return new ShortestPaths(parent, rootOf, includeWeak);
    }

    /** One breadth-first search over a queue that later seeds may extend. */
    private static final class Search {
        private final HeapIndex index;
        private final int[] parent;
        private final int[] queue;
        private final ReferenceEdges references;
        private final int stopAt;
        private int[] targets = new int[64];
        /** Pairs (class, its loader) whose edge waited: a loader is explained by what else holds it first. */
        int[] deferred = new int[64];
        int deferredCount;
        boolean stopped;

        Search(HeapIndex index, int[] parent, int[] queue, ReferenceEdges references, int stopAt) {
            this.index = index;
            this.parent = parent;
            this.queue = queue;
            this.references = references;
            this.stopAt = stopAt;
        }

        /** Searches from queue[head, tail); returns the new tail. */
        int run(int head, int tail) throws IOException {
            while (head < tail) {
                int u = queue[head++];
                if (u == stopAt) {
                    stopped = true;
                    break;
                }
                int skip = references != null && references.isReference(u) ? references.weakReferent(u) : -1;
                int count = index.outboundCount(u);
                if (count > targets.length) {
                    targets = new int[Math.max(count, targets.length * 2)];
                }
                int degree = index.outbound(u, targets);
                long loaderId = loaderOf(u);
                for (int i = 0; i < degree; i++) {
                    int w = targets[i];
                    if (loaderId != 0 && parent[w] == NONE && index.objectId(w) == loaderId) {
                        if (deferredCount + 2 > deferred.length) {
                            deferred = Arrays.copyOf(deferred, deferred.length * 2);
                        }
                        deferred[deferredCount++] = u;
                        deferred[deferredCount++] = w;
                        continue;
                    }
                    if (parent[w] == NONE && w != skip) {
                        parent[w] = u;
                        queue[tail++] = w;
                    }
                }
            }
            return tail;
        }

        /** The id of the loader of a class mirror, 0 for other nodes and the boot loader. */
        private long loaderOf(int u) throws IOException {
            if (!index.isClass(u)) {
                return 0;
            }
            heapwhy.graph.ClassShape shape = index.contents().classShape(u);
            return shape == null ? 0 : shape.loaderId();
        }
    }

    /** Roots that hold an object only while a method runs. */
    private static boolean isTransient(RootKind kind) {
        return kind == RootKind.JAVA_FRAME || kind == RootKind.JNI_LOCAL || kind == RootKind.NATIVE_STACK
                || kind == RootKind.THREAD_BLOCK;
    }

    /** Roots that explain the most come first when one object is held by several. */
    private static int rank(RootKind kind) {
        return switch (kind) {
            case STICKY_CLASS -> 0;
            case THREAD_OBJECT -> 1;
            case JNI_GLOBAL -> 2;
            case JAVA_FRAME, JNI_LOCAL -> 3;
            default -> 4;
        };
    }

    public boolean includeWeak() {
        return includeWeak;
    }

    /** Whether a path from a root reaches the node. */
    public boolean reached(int node) {
        return parent[node] != NONE;
    }

    /** The node before this one on its shortest path, or -1 when the node is a root or no path reaches it. */
    public int parent(int node) {
        int p = parent[node];
        return p >= 0 ? p : -1;
    }

    /** The nodes of the shortest path found, from the root's object to the node; null when none reaches it. */
    public int[] chain(int node) {
        if (parent[node] == NONE) {
            return null;
        }
        int length = 1;
        for (int v = node; parent[v] != AT_ROOT; v = parent[v]) {
            length++;
        }
        int[] chain = new int[length];
        int i = length;
        for (int v = node; ; v = parent[v]) {
            chain[--i] = v;
            if (parent[v] == AT_ROOT) {
                break;
            }
        }
        return chain;
    }

    /**
     * The chain to the node as it is shown: from the root's object, or from the last class on the way when
     * there is one (a class is alive as long as its loader, so "class MyCache" is where the story starts, not
     * the loader's JNI handle and its list of classes); null when none reaches the node.
     */
    public int[] shownChain(HeapIndex index, int node) {
        int[] chain = chain(node);
        if (chain == null) {
            return null;
        }
        for (int i = chain.length - 2; i > 0; i--) {
            if (index.isClass(chain[i])) {
                return Arrays.copyOfRange(chain, i, chain.length);
            }
        }
        return chain;
    }

    /** The GC root that holds the node directly, or null when the node is not a root. */
    public GcRoot rootOf(int node) {
        return rootOf.get(node);
    }
}
