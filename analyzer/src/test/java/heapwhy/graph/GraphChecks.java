package heapwhy.graph;

import heapwhy.hprof.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;

/** Helpers shared by the graph tests: opening an index and brute-force answers to check it against. */
final class GraphChecks {
    private GraphChecks() {
    }

    static HeapIndex open(Path dump, Path indexDir, boolean keepUnreachable) throws IOException {
        return HeapIndex.open(dump, IndexOptions.defaults().withKeepUnreachable(keepUnreachable).withIndexDir(indexDir),
                ProgressListener.NONE);
    }

    static int[] sorted(int... nodes) {
        int[] copy = nodes.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The distinct nodes the GC roots hold. */
    static int[] rootNodes(HeapIndex index) {
        return index.roots().stream().mapToInt(GcRoot::node).filter(v -> v >= 0).distinct().toArray();
    }

    /** Nodes reached from the roots over outbound edges without entering {@code removed} (-1: none). */
    static BitSet reachableWithout(HeapIndex index, int[] roots, int removed) {
        BitSet seen = new BitSet(index.nodeCount());
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int r : roots) {
            if (r != removed && !seen.get(r)) {
                seen.set(r);
                queue.add(r);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : index.outbound(v)) {
                if (w != removed && !seen.get(w)) {
                    seen.set(w);
                    queue.add(w);
                }
            }
        }
        return seen;
    }

    /**
     * Retained size by definition: the shallow bytes of the node plus of every node that no root reaches once
     * the node is gone.
     */
    static long bruteForceRetained(HeapIndex index, int[] roots, BitSet reachable, int node) {
        BitSet without = reachableWithout(index, roots, node);
        BitSet lost = (BitSet) reachable.clone();
        lost.andNot(without);
        long sum = 0;
        for (int v = lost.nextSetBit(0); v >= 0; v = lost.nextSetBit(v + 1)) {
            sum += index.shallowSize(v);
        }
        return sum;
    }
}
