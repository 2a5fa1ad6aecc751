package heapwhy.dominators;

import heapwhy.store.AdjacencyArrays;
import heapwhy.hprof.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Graphs of millions of nodes whose depth would overflow any recursive search or path compression. The
 * graphs are built straight into CSR arrays (no adjacency lists) to stay well inside surefire's 1 GB heap.
 */
class DominatorsLargeGraphTest {
    static final int N = 5_000_000;

    /** Node v has one edge, to next[v], or none when next[v] is -1. */
    static AdjacencyArrays singleEdges(int[] next) {
        long[] offsets = new long[next.length + 1];
        int edges = 0;
        for (int v = 0; v < next.length; v++) {
            if (next[v] >= 0) {
                edges++;
            }
            offsets[v + 1] = edges;
        }
        int[] targets = new int[edges];
        for (int v = 0, e = 0; v < next.length; v++) {
            if (next[v] >= 0) {
                targets[e++] = next[v];
            }
        }
        return AdjacencyArrays.of(offsets, targets);
    }

    @Test
    void linkedListOfFiveMillionNodesIsAChainOfDominators() {
        int[] next = new int[N];
        Arrays.setAll(next, v -> v + 1 < N ? v + 1 : -1);
        int[] previous = new int[N];
        Arrays.setAll(previous, v -> v - 1);
        DominatorTree tree = Dominators.compute(singleEdges(next), singleEdges(previous), new int[] {0},
                ProgressListener.NONE);
        next = null;
        previous = null;

        assertEquals(N, tree.reachableCount());
        assertEquals(DominatorTree.ROOT, tree.immediateDominator(0));
        for (int v = 1; v < N; v++) {
            if (tree.immediateDominator(v) != v - 1) {
                assertEquals(v - 1, tree.immediateDominator(v), "idom of " + v);
            }
        }
        long[] sizes = new long[N];
        Arrays.fill(sizes, 16);
        assertEquals(16L * N, tree.accumulate(sizes));
        assertEquals(16L * N, sizes[0]);
        assertEquals(16L, sizes[N - 1]);
        assertEquals(16L * (N - 1000), sizes[1000]);
        assertEquals(1, tree.children(0).length);
    }

    @Test
    void longCycleEnteredInTheMiddleIsAChainFromTheRoot() {
        int root = N / 2;
        int[] next = new int[N];
        Arrays.setAll(next, v -> (v + 1) % N);
        int[] previous = new int[N];
        Arrays.setAll(previous, v -> (v + N - 1) % N);
        DominatorTree tree = Dominators.compute(singleEdges(next), singleEdges(previous), new int[] {root},
                ProgressListener.NONE);

        assertEquals(N, tree.reachableCount());
        assertEquals(DominatorTree.ROOT, tree.immediateDominator(root));
        for (int v = 0; v < N; v++) {
            if (v != root && tree.immediateDominator(v) != previous[v]) {
                assertEquals(previous[v], tree.immediateDominator(v), "idom of " + v);
            }
        }
        long[] sizes = new long[N];
        Arrays.fill(sizes, 1);
        assertEquals(N, tree.accumulate(sizes));
        assertEquals(N, sizes[root]);
        assertEquals(1, sizes[previous[root]]);
    }

    @Test
    void starOfFiveMillionNodesHasEveryLeafUnderTheCentre() {
        long[] offsets = new long[N + 1];
        Arrays.fill(offsets, 1, N + 1, N - 1);
        int[] leaves = new int[N - 1];
        Arrays.setAll(leaves, i -> i + 1);
        AdjacencyArrays successors = AdjacencyArrays.of(offsets, leaves);
        long[] backOffsets = new long[N + 1];
        Arrays.setAll(backOffsets, v -> Math.max(0, v - 1));
        AdjacencyArrays predecessors = AdjacencyArrays.of(backOffsets, new int[N - 1]); // every leaf's predecessor is 0
        DominatorTree tree = Dominators.compute(successors, predecessors, new int[] {0}, ProgressListener.NONE);

        assertEquals(N, tree.reachableCount());
        for (int v = 1; v < N; v++) {
            if (tree.immediateDominator(v) != 0) {
                assertEquals(0, tree.immediateDominator(v), "idom of " + v);
            }
        }
        assertEquals(N - 1, tree.children(0).length);
        long[] sizes = new long[N];
        Arrays.fill(sizes, 2);
        assertEquals(2L * N, tree.accumulate(sizes));
        assertEquals(2L * N, sizes[0]);
        assertEquals(2, sizes[N - 1]);
    }

    /**
     * A chain with an edge from its tail back to its second node: evaluating the tail's forest path
     * compresses a path of millions of vertices at once.
     */
    @Test
    void chainWithABackEdgeFromItsTailCompressesAPathOfMillions() {
        int[] successorsOf = new int[N];
        Arrays.setAll(successorsOf, v -> v + 1 < N ? v + 1 : 1);
        long[] backOffsets = new long[N + 1];
        int[] back = new int[N]; // node 1 has predecessors 0 and N-1; every other v > 0 has v - 1
        for (int v = 0, e = 0; v < N; v++) {
            if (v == 1) {
                back[e++] = 0;
                back[e++] = N - 1;
            } else if (v > 1) {
                back[e++] = v - 1;
            }
            backOffsets[v + 1] = e;
        }
        DominatorTree tree = Dominators.compute(singleEdges(successorsOf), AdjacencyArrays.of(backOffsets, back),
                new int[] {0}, ProgressListener.NONE);

        assertEquals(N, tree.reachableCount());
        for (int v = 1; v < N; v++) {
            if (tree.immediateDominator(v) != v - 1) {
                assertEquals(v - 1, tree.immediateDominator(v), "idom of " + v);
            }
        }
    }

    /** Printed, not asserted: a random graph of 2 million nodes and 5 million edges. */
    @Test
    void timingOfARandomGraphOfTwoMillionNodes() {
        int n = 2_000_000;
        int m = 5_000_000;
        SplittableRandom random = new SplittableRandom(42);
        int[] from = new int[m];
        long[] offsets = new long[n + 1];
        for (int e = 0; e < m; e++) {
            from[e] = random.nextInt(n);
            offsets[from[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        long[] fill = offsets.clone();
        int[] targets = new int[m];
        for (int e = 0; e < m; e++) {
            targets[(int) fill[from[e]]++] = random.nextInt(n);
        }
        from = null;
        fill = null;
        AdjacencyArrays successors = AdjacencyArrays.of(offsets, targets);
        AdjacencyArrays predecessors = successors.transpose();
        int[] roots = random.ints(1000, 0, n).toArray();

        long started = System.nanoTime();
        DominatorTree tree = Dominators.compute(successors, predecessors, roots, ProgressListener.NONE);
        long computed = System.nanoTime();
        long[] sizes = new long[n];
        Arrays.fill(sizes, 24);
        long total = tree.accumulate(sizes);
        long accumulated = System.nanoTime();
        System.out.printf("dominators of %,d nodes / %,d edges: %,d reachable, computed in %d ms,"
                        + " retained sizes in %d ms%n", n, m, tree.reachableCount(),
                (computed - started) / 1_000_000, (accumulated - computed) / 1_000_000);
        assertEquals(24L * tree.reachableCount(), total);
        assertTrue(tree.reachableCount() > 0);
    }
}
