package heapwhy.dominators;

import heapwhy.hprof.ProgressListener;
import heapwhy.store.AdjacencyArrays;
import heapwhy.store.IntArray;
import heapwhy.store.LongArray;

/**
 * Immediate dominators of an object graph, by the semi-NCA algorithm (Georgiadis, Tarjan and Werneck,
 * "Finding dominators in practice", 2006): semidominators as in Lengauer and Tarjan (1979) with the simple,
 * path-compressing link/eval, then each immediate dominator as the nearest common ancestor of the DFS parent
 * and the semidominator, found by walking the partially built dominator tree.
 *
 * <p>Nothing here recurses: the depth-first search keeps its path in the DFS parent array and the edge cursor
 * of every node on the path in arrays that are not yet in use; eval compresses a path by reversing its
 * ancestor pointers and walking back, so it needs no stack either. A linked list of any length is fine.
 *
 * <p>Memory: during the computation six {@code int} arrays of about n entries (24 bytes per node) and
 * nothing else that grows with the graph; the edges are read only through {@link IntArray#get} and
 * {@link LongArray#get}, so they may stay in memory-mapped files. The resulting {@link DominatorTree} keeps
 * two of them (8 bytes per node).
 *
 * <p>Vertices are numbered internally by DFS preorder: the virtual root is 0, reachable nodes 1..r.
 */
public final class Dominators {
    private static final int PROGRESS_STEP = 1 << 16;
    /** Vertices whose predecessors the semidominator pass reads ahead at a time. */
    private static final int BATCH = 256;
    private static final int BUFFERED_PREDECESSORS = 2048;

    private Dominators() {
    }

    /**
     * Immediate dominators over a virtual root joined to every root node.
     *
     * @param successors the object graph, nodes 0..n-1
     * @param predecessors the transpose of {@code successors}, without the virtual root's edges
     * @param roots the nodes the virtual root points to; repeats are ignored
     * @param progress told (done, total) in node steps over the three passes (total = 3n)
     * @throws IllegalArgumentException if the two graphs differ in node count or a root is not a node
     */
    public static DominatorTree compute(AdjacencyArrays successors, AdjacencyArrays predecessors, int[] roots,
                                        ProgressListener progress) {
        return compute(successors, () -> predecessors, roots, progress);
    }

    /**
     * The same, with the predecessors asked for only after the depth-first search, which needs only the
     * successors: the caller may still be building them then.
     */
    public static DominatorTree compute(AdjacencyArrays successors,
                                        java.util.function.Supplier<AdjacencyArrays> laterPredecessors,
                                        int[] roots, ProgressListener progress) {
        int n = successors.nodeCount();
        if (n == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many nodes: " + n);
        }
        for (int root : roots) {
            if (root < 0 || root >= n) {
                throw new IllegalArgumentException("root " + root + " is not a node of a graph of " + n);
            }
        }
        long total = 3L * n;

        // node -> preorder number, 0 when not (yet) reached
        int[] pre = new int[n];
        // preorder number -> node; [0] is the virtual root
        int[] vertex = new int[n + 1];
        // DFS parent, then the immediate dominator (preorder numbers)
        int[] idom = new int[n + 1];
        // link/eval forest: DFS parent, compressed as eval goes
        int[] ancestor = new int[n + 1];
        // semidominator
        int[] semi = new int[n + 1];
        // during the DFS, with ancestor and semi: edge cursor of the nodes on the DFS path; then the least
        // semidominator on the compressed forest path above a vertex
        int[] label = new int[n + 1];
        vertex[0] = -1;

        int reached = depthFirst(successors, roots, pre, vertex, idom, ancestor, semi, label, progress, total);
        AdjacencyArrays predecessors = laterPredecessors.get();
        if (predecessors.nodeCount() != n) {
            throw new IllegalArgumentException(
                    "successors have " + n + " nodes, predecessors " + predecessors.nodeCount());
        }
        System.arraycopy(idom, 0, ancestor, 0, reached + 1); // forest links start as the DFS parents
        progress.progress(n, total);

        semidominators(predecessors, roots, reached, pre, vertex, ancestor, semi, label, progress, n, total);
        ancestor = null;
        label = null;
        progress.progress(2L * n, total);

        // nearest common ancestor of parent and semidominator in the tree built so far
        for (int w = 1; w <= reached; w++) {
            int s = semi[w];
            int d = idom[w];
            while (d > s) {
                d = idom[d];
            }
            idom[w] = d;
            if ((w & (PROGRESS_STEP - 1)) == 0) {
                progress.progress(2L * n + w, total);
            }
        }
        semi = null;

        // pre becomes node -> immediate dominator node
        int[] dominatorOf = pre;
        for (int v = 0; v < n; v++) {
            int p = pre[v];
            if (p == 0) {
                dominatorOf[v] = DominatorTree.UNREACHABLE;
            } else {
                int d = idom[p];
                dominatorOf[v] = d == 0 ? DominatorTree.ROOT : vertex[d];
            }
        }
        progress.progress(total, total);
        return new DominatorTree(dominatorOf, vertex, reached);
    }

    /**
     * Numbers the nodes reachable from the roots in DFS preorder. The path from the virtual root to the
     * current node is kept in {@code parent}; each node on it keeps its next edge position (a long, split into
     * {@code positionHigh} and {@code positionLow}) and how many edges it has left ({@code remaining}). All
     * four arrays are indexed by preorder number, so the path is read back like a stack, from memory that is
     * still close; going back up never touches the node-indexed offsets again.
     *
     * @return how many nodes were reached
     */
    private static int depthFirst(AdjacencyArrays successors, int[] roots, int[] pre, int[] vertex, int[] parent,
                                  int[] positionHigh, int[] positionLow, int[] remaining,
                                  ProgressListener progress, long total) {
        LongArray offsets = successors.offsets();
        IntArray targets = successors.targets();
        int count = 0;
        int sink = 0;
        for (int root : roots) {
            if (pre[root] != 0) {
                continue;
            }
            count++;
            pre[root] = count;
            vertex[count] = root;
            parent[count] = 0;
            int current = count;
            long position = offsets.get(root);
            long end = offsets.get(root + 1L);
            sink += touch(targets, offsets, pre, position, end);
            while (true) {
                int next = -1;
                while (position < end) {
                    int target = targets.get(position++);
                    if (pre[target] == 0) {
                        next = target;
                        break;
                    }
                }
                if (next >= 0) {
                    long left = end - position;
                    if (left > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("node " + vertex[current] + " has too many edges");
                    }
                    positionHigh[current] = (int) (position >>> 32);
                    positionLow[current] = (int) position;
                    remaining[current] = (int) left;
                    count++;
                    pre[next] = count;
                    vertex[count] = next;
                    parent[count] = current;
                    current = count;
                    position = offsets.get(next);
                    end = offsets.get(next + 1L);
                    sink += touch(targets, offsets, pre, position, end);
                    if ((count & (PROGRESS_STEP - 1)) == 0) {
                        progress.progress(count, total);
                    }
                } else {
                    current = parent[current];
                    if (current == 0) {
                        break;
                    }
                    position = ((long) positionHigh[current] << 32) | (positionLow[current] & 0xFFFF_FFFFL);
                    end = position + remaining[current];
                }
            }
        }
        prefetched = sink;
        return count;
    }

    /** Keeps prefetching reads from being optimised away. */
    static volatile int prefetched;

    private static final int PREFETCH_EDGES = 8;

    /**
     * Reads, ahead of need and independently of each other, the marks and edge offsets of a node's first
     * few targets, so that the processor overlaps their cache misses instead of meeting them one by one as
     * the search descends.
     */
    private static int touch(IntArray targets, LongArray offsets, int[] pre, long position, long end) {
        int sink = 0;
        long stop = Math.min(end, position + PREFETCH_EDGES);
        for (long i = position; i < stop; i++) {
            int target = targets.get(i);
            sink += pre[target] + (int) offsets.get(target);
        }
        return sink;
    }

    /**
     * Semidominators in reverse preorder (Lengauer and Tarjan, theorem 4): the least of the predecessors
     * numbered below {@code w} and of the least semidominator on the forest path above every other
     * predecessor. A vertex numbered above {@code w} has already been processed and linked to its DFS
     * parent; {@code label} then holds semidominator values rather than vertices, since semi-NCA needs only
     * the values.
     */
    private static void semidominators(AdjacencyArrays predecessors, int[] roots, int reached, int[] pre, int[] vertex,
                                       int[] ancestor, int[] semi, int[] label, ProgressListener progress,
                                       int n, long total) {
        LongArray offsets = predecessors.offsets();
        IntArray targets = predecessors.targets();
        for (int w = 1; w <= reached; w++) {
            semi[w] = w;
        }
        for (int root : roots) {
            semi[pre[root]] = 0; // the virtual root is a predecessor
        }
        // Vertices go in batches: first, with reads that do not depend on each other (so that their cache
        // misses overlap), the batch's edge ranges, then its predecessors' preorder numbers and their forest
        // state; then the semidominators proper, in order, from that buffer.
        long[] edgeStart = new long[BATCH];
        long[] edgeEnd = new long[BATCH];
        int[] predecessorStart = new int[BATCH + 1];
        int[] buffered = new int[BUFFERED_PREDECESSORS];
        int sink = 0;
        for (int high = reached; high >= 1; high -= BATCH) {
            int size = Math.min(BATCH, high);
            for (int k = 0; k < size; k++) {
                int node = vertex[high - k];
                edgeStart[k] = offsets.get(node);
                edgeEnd[k] = offsets.get(node + 1L);
            }
            int filled = 0;
            for (int k = 0; k < size; k++) {
                long first = edgeStart[k];
                long last = edgeEnd[k];
                if (last - first <= BUFFERED_PREDECESSORS - filled) {
                    for (long i = first; i < last; i++) {
                        int v = pre[targets.get(i)];
                        buffered[filled++] = v;
                        sink += ancestor[v] + label[v];
                    }
                    edgeStart[k] = last; // nothing left to read directly
                }
                predecessorStart[k + 1] = filled;
            }
            for (int k = 0; k < size; k++) {
                int w = high - k;
                int s = semi[w];
                for (int j = predecessorStart[k], stop = predecessorStart[k + 1]; j < stop; j++) {
                    int v = buffered[j];
                    if (v != 0) { // 0: unreachable predecessor
                        int candidate = v <= w ? v : eval(v, w, ancestor, label);
                        if (candidate < s) {
                            s = candidate;
                        }
                    }
                }
                for (long i = edgeStart[k], end = edgeEnd[k]; i < end && s > 0; i++) { // too many to buffer
                    int v = pre[targets.get(i)];
                    if (v != 0) {
                        int candidate = v <= w ? v : eval(v, w, ancestor, label);
                        if (candidate < s) {
                            s = candidate;
                        }
                    }
                }
                semi[w] = s;
                label[w] = s;
            }
            if (((reached - high) & ~(PROGRESS_STEP - 1)) != ((reached - high + size) & ~(PROGRESS_STEP - 1))) {
                progress.progress(n + (long) (reached - high + size), total);
            }
        }
        prefetched = sink;
    }

    /**
     * The least semidominator on the forest path from {@code v} (processed, so {@code v > w}) up to, not
     * including, the root of its tree (the first vertex not above {@code w}), compressing the path so that
     * every vertex on it points to that root. Iterative: the ancestor pointers are reversed on the way up and
     * restored, compressed, on the way down.
     */
    private static int eval(int v, int w, int[] ancestor, int[] label) {
        if (ancestor[v] <= w) {
            return label[v];
        }
        int below = -1;
        int x = v;
        while (ancestor[x] > w) {
            int up = ancestor[x];
            ancestor[x] = below;
            below = x;
            x = up;
        }
        int root = ancestor[x];
        int above = x;
        int y = below;
        while (y != -1) {
            int down = ancestor[y];
            if (label[above] < label[y]) {
                label[y] = label[above];
            }
            ancestor[y] = root;
            above = y;
            y = down;
        }
        return label[v];
    }
}
