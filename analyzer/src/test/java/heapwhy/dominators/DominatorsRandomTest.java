package heapwhy.dominators;

import heapwhy.store.AdjacencyArrays;
import heapwhy.hprof.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of small random graphs (cycles, self loops, duplicate edges, several and repeated roots,
 * unreachable parts) against a brute-force reference: d dominates v iff v cannot be reached from the roots
 * once d is removed.
 */
class DominatorsRandomTest {
    static final int GRAPHS = 3000;
    static final int MAX_NODES = 200;

    @Test
    void randomGraphsMatchTheBruteForceDominatorsAndRetainedSizes() {
        for (int seed = 0; seed < GRAPHS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(MAX_NODES);
            int[][] successors = randomGraph(random, n);
            int[] roots = randomRoots(random, n);
            long[] shallow = random.longs(n, 0, 1000).toArray();
            check("seed " + seed, successors, roots, shallow);
        }
    }

    static int[][] randomGraph(SplittableRandom random, int n) {
        int shape = random.nextInt(3);
        double density = random.nextDouble() * (shape == 0 ? 4 : 2.5);
        int edges = (int) (n * density);
        List<List<Integer>> lists = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            lists.add(new ArrayList<>());
        }
        for (int e = 0; e < edges; e++) {
            int from = random.nextInt(n);
            int to;
            switch (shape) {
                case 0 -> to = random.nextInt(n); // uniform
                case 1 -> to = Math.floorMod(from + random.nextInt(-2, 6), n); // mostly forward, long paths
                default -> to = random.nextInt(8) == 0 ? random.nextInt(n) : Math.min(n - 1, from + 1); // chains
            }
            lists.get(from).add(to);
            if (random.nextInt(20) == 0) {
                lists.get(from).add(to); // duplicate edge
            }
            if (random.nextInt(30) == 0) {
                lists.get(from).add(from); // self loop
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    static int[] randomRoots(SplittableRandom random, int n) {
        int count = random.nextInt(50) == 0 ? 0 : 1 + random.nextInt(Math.min(n, 6));
        int[] roots = new int[count];
        for (int i = 0; i < count; i++) {
            roots[i] = random.nextInt(n);
        }
        if (count > 1 && random.nextBoolean()) {
            roots[count - 1] = roots[0]; // repeated root
        }
        return roots;
    }

    static void check(String what, int[][] successors, int[] roots, long[] shallow) {
        int n = successors.length;
        AdjacencyArrays graph = AdjacencyArrays.ofLists(successors);
        DominatorTree tree = Dominators.compute(graph, graph.transpose(), roots, ProgressListener.NONE);
        Reference reference = new Reference(successors, roots);

        assertEquals(n, tree.nodeCount(), what);
        int reachableCount = 0;
        for (int v = 0; v < n; v++) {
            assertEquals(reference.reachable[v], tree.reachable(v), what + ", reachable " + v);
            assertEquals(reference.idom[v], tree.immediateDominator(v), what + ", idom of " + v);
            if (reference.reachable[v]) {
                reachableCount++;
            }
        }
        assertEquals(reachableCount, tree.reachableCount(), what);

        // preorder: every reachable node once, after its immediate dominator
        int[] position = new int[n];
        Arrays.fill(position, -1);
        for (int i = 0; i < tree.reachableCount(); i++) {
            int v = tree.nodeAtPreorder(i);
            assertEquals(-1, position[v], what + ", node twice in preorder " + v);
            position[v] = i;
            int d = tree.immediateDominator(v);
            assertTrue(d == DominatorTree.ROOT || (position[d] >= 0 && position[d] < i), what + ", preorder " + v);
        }

        // children: exactly the nodes each node immediately dominates, in preorder
        for (int v = -1; v < n; v++) {
            int dominator = v;
            int[] expected = java.util.stream.IntStream.range(0, tree.reachableCount())
                    .map(tree::nodeAtPreorder).filter(u -> tree.immediateDominator(u) == dominator).toArray();
            int[] actual = v == -1 ? tree.rootChildren() : tree.children(v);
            assertArrayEquals(expected, actual, what + ", children of " + v);
        }

        // retained sizes
        long[] values = shallow.clone();
        long total = tree.accumulate(values);
        long expectedTotal = 0;
        for (int v = 0; v < n; v++) {
            if (reference.reachable[v]) {
                expectedTotal += shallow[v];
                assertEquals(reference.retained(v, shallow), values[v], what + ", retained " + v);
            } else {
                assertEquals(shallow[v], values[v], what + ", unreachable " + v + " untouched");
            }
        }
        assertEquals(expectedTotal, total, what + ", root retained");
        long[] retained = tree.retainedSizes(v -> shallow[v]);
        for (int v = 0; v < n; v++) {
            assertEquals(reference.reachable[v] ? values[v] : 0, retained[v], what + ", retainedSizes " + v);
        }
    }

    /** Dominators by definition, one search per removed node. */
    static final class Reference {
        final int[][] successors;
        final int[] roots;
        final boolean[] reachable;
        /** reachableWithout[d][v]: v can be reached from the roots when d is removed. */
        final boolean[][] reachableWithout;
        final int[] idom;

        Reference(int[][] successors, int[] roots) {
            this.successors = successors;
            this.roots = roots;
            int n = successors.length;
            reachable = search(-1);
            reachableWithout = new boolean[n][];
            for (int d = 0; d < n; d++) {
                reachableWithout[d] = search(d);
            }
            idom = new int[n];
            for (int v = 0; v < n; v++) {
                idom[v] = reachable[v] ? immediate(v) : DominatorTree.UNREACHABLE;
            }
        }

        boolean dominates(int d, int v) {
            return reachable[v] && !reachableWithout[d][v];
        }

        /** The strict dominator of v that all its other strict dominators dominate. */
        int immediate(int v) {
            int found = DominatorTree.ROOT;
            for (int d = 0; d < successors.length; d++) {
                if (d == v || !dominates(d, v)) {
                    continue;
                }
                boolean dominatedByAllOthers = true;
                for (int other = 0; other < successors.length; other++) {
                    if (other != v && other != d && dominates(other, v) && !dominates(other, d)) {
                        dominatedByAllOthers = false;
                        break;
                    }
                }
                if (dominatedByAllOthers) {
                    assertEquals(DominatorTree.ROOT, found, "two immediate dominators of " + v);
                    found = d;
                }
            }
            return found;
        }

        /** Shallow sizes of the nodes that become unreachable when v is removed, v included. */
        long retained(int v, long[] shallow) {
            long sum = 0;
            for (int u = 0; u < successors.length; u++) {
                if (reachable[u] && !reachableWithout[v][u]) {
                    sum += shallow[u];
                }
            }
            return sum;
        }

        private boolean[] search(int removed) {
            int n = successors.length;
            boolean[] seen = new boolean[n];
            int[] queue = new int[n];
            int tail = 0;
            for (int root : roots) {
                if (root != removed && !seen[root]) {
                    seen[root] = true;
                    queue[tail++] = root;
                }
            }
            for (int head = 0; head < tail; head++) {
                for (int w : successors[queue[head]]) {
                    if (w != removed && !seen[w]) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
            return seen;
        }
    }
}
