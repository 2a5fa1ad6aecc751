package heapwhy.paths;

import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One breadth-first search from all GC roots at once over the outbound edges: for every node reached, its
 * parent on one shortest path from a root (4 bytes per node). Strong references only unless includeWeak:
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

    /** Searches until {@code stopAt} is reached (or the whole graph when it is -1 or never reached). */
    public static ShortestPaths compute(HeapIndex index, boolean includeWeak, int stopAt) throws IOException {
        int n = index.nodeCount();
        int[] parent = new int[n];
        Arrays.fill(parent, NONE);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        Map<Integer, GcRoot> rootOf = new HashMap<>();
        for (GcRoot root : index.roots()) {
            int v = root.node();
            if (v < 0 || v >= n) {
                continue;
            }
            GcRoot before = rootOf.get(v);
            if (before == null) {
                rootOf.put(v, root);
                parent[v] = AT_ROOT;
                queue[tail++] = v;
            } else if (rank(root.kind()) < rank(before.kind())) {
                rootOf.put(v, root);
            }
        }
        ReferenceEdges references = includeWeak ? null : new ReferenceEdges(index);
        int[] targets = new int[64];
        while (head < tail) {
            int u = queue[head++];
            if (u == stopAt) {
                break;
            }
            int skip = references != null && references.isReference(u) ? references.weakReferent(u) : -1;
            int count = index.outboundCount(u);
            if (count > targets.length) {
                targets = new int[Math.max(count, targets.length * 2)];
            }
            int degree = index.outbound(u, targets);
            for (int i = 0; i < degree; i++) {
                int w = targets[i];
                if (parent[w] == NONE && w != skip) {
                    parent[w] = u;
                    queue[tail++] = w;
                }
            }
        }
        return new ShortestPaths(parent, rootOf, includeWeak);
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
