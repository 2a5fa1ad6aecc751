package heapwhy.dominators;

import heapwhy.store.AdjacencyArrays;
import heapwhy.hprof.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DominatorsTest {

    static DominatorTree compute(int[][] successors, int... roots) {
        AdjacencyArrays graph = AdjacencyArrays.ofLists(successors);
        return Dominators.compute(graph, graph.transpose(), roots, ProgressListener.NONE);
    }

    /**
     * The flow graph of figure 1 in Lengauer and Tarjan, "A fast algorithm for finding dominators in a
     * flowgraph" (TOPLAS 1979), with its dominator tree as drawn there: R immediately dominates A, B, C, D,
     * E, H, I and K; C dominates F and G; G dominates J; D dominates L.
     */
    @Test
    void lengauerTarjanPaperExampleHasTheDominatorTreeOfItsFigure() {
        String names = "RABCDEFGHIJKL";
        String[] edges = {
                "RA", "RB", "RC",
                "AD",
                "BA", "BD", "BE",
                "CF", "CG",
                "DL",
                "EH",
                "FI",
                "GI", "GJ",
                "HE", "HK",
                "IK",
                "JI",
                "KI", "KR",
                "LH",
        };
        String[] expectedIdom = {
                "AR", "BR", "CR", "DR", "ER", "FC", "GC", "HR", "IR", "JG", "KR", "LD",
        };
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < names.length(); i++) {
            lists.add(new ArrayList<>());
        }
        for (String edge : edges) {
            lists.get(names.indexOf(edge.charAt(0))).add(names.indexOf(edge.charAt(1)));
        }
        int[][] adjacency = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        int r = names.indexOf('R');

        DominatorTree tree = compute(adjacency, r);

        assertEquals(DominatorTree.ROOT, tree.immediateDominator(r));
        for (String pair : expectedIdom) {
            int node = names.indexOf(pair.charAt(0));
            int dominator = names.indexOf(pair.charAt(1));
            assertEquals(dominator, tree.immediateDominator(node), "idom of " + pair.charAt(0));
        }
        assertEquals(13, tree.reachableCount());
        assertArrayEquals(new int[] {r}, tree.rootChildren());
        assertArrayEquals(new int[] {names.indexOf('L')}, tree.children(names.indexOf('D')));
    }

    @Test
    void nodeReachableFromTwoRootsIsDominatedByTheVirtualRoot() {
        // 0 -> 2, 1 -> 2, 2 -> 3; roots 0 and 1
        DominatorTree tree = compute(new int[][] {{2}, {2}, {3}, {}}, 0, 1);

        assertEquals(DominatorTree.ROOT, tree.immediateDominator(0));
        assertEquals(DominatorTree.ROOT, tree.immediateDominator(1));
        assertEquals(DominatorTree.ROOT, tree.immediateDominator(2));
        assertEquals(2, tree.immediateDominator(3));
        long[] sizes = {1, 10, 100, 1000};
        assertEquals(1111, tree.accumulate(sizes));
        assertArrayEquals(new long[] {1, 10, 1100, 1000}, sizes);
    }

    @Test
    void rootReachableFromAnotherRootIsStillDominatedByTheVirtualRoot() {
        // 0 -> 1 -> 2; roots 0 and 1 (1 repeated)
        DominatorTree tree = compute(new int[][] {{1}, {2}, {}}, 0, 1, 1, 0);

        assertEquals(DominatorTree.ROOT, tree.immediateDominator(0));
        assertEquals(DominatorTree.ROOT, tree.immediateDominator(1));
        assertEquals(1, tree.immediateDominator(2));
        assertEquals(3, tree.reachableCount());
        assertArrayEquals(new int[] {0, 1}, tree.rootChildren());
    }

    @Test
    void unreachableNodesAreReportedAndLeftOutOfRetainedSizes() {
        // 0 -> 1; 2 -> 1, 2 -> 3, 3 -> 2 (2 and 3 not reachable from root 0)
        DominatorTree tree = compute(new int[][] {{1}, {}, {1, 3}, {2}}, 0);

        assertTrue(tree.reachable(0));
        assertTrue(tree.reachable(1));
        assertFalse(tree.reachable(2));
        assertFalse(tree.reachable(3));
        assertEquals(DominatorTree.UNREACHABLE, tree.immediateDominator(2));
        assertEquals(DominatorTree.UNREACHABLE, tree.immediateDominator(3));
        assertEquals(0, tree.immediateDominator(1));
        assertEquals(2, tree.reachableCount());
        assertArrayEquals(new int[0], tree.children(2));
        long[] shallow = {1, 10, 100, 1000};
        long[] sizes = shallow.clone();
        assertEquals(11, tree.accumulate(sizes));
        assertArrayEquals(new long[] {11, 10, 100, 1000}, sizes);
        assertArrayEquals(new long[] {11, 10, 0, 0}, tree.retainedSizes(v -> shallow[v]));
    }

    /** More predecessors than the semidominator pass reads ahead for one batch: the rest are read directly. */
    @Test
    void nodeWithThousandsOfPredecessorsSeesTheLastOfThem() {
        int fan = 5000;
        int sink = fan + 1;
        int secondRoot = fan + 2;
        int[][] adjacency = new int[fan + 3][];
        int[] middle = new int[fan];
        java.util.Arrays.setAll(middle, i -> i + 1);
        adjacency[0] = middle;
        for (int i = 1; i <= fan; i++) {
            adjacency[i] = new int[] {sink};
        }
        adjacency[sink] = new int[0];
        adjacency[secondRoot] = new int[] {fan}; // a way to the sink that avoids node 0, through its last predecessor

        DominatorTree tree = compute(adjacency, 0, secondRoot);

        assertEquals(DominatorTree.ROOT, tree.immediateDominator(sink));
        assertEquals(DominatorTree.ROOT, tree.immediateDominator(fan));
        assertEquals(0, tree.immediateDominator(1));
        assertEquals(0, tree.immediateDominator(fan - 1));
        assertEquals(fan - 1, tree.children(0).length);
    }

    @Test
    void noRootsMeansNothingIsReachable() {
        DominatorTree tree = compute(new int[][] {{1}, {0}});

        assertEquals(0, tree.reachableCount());
        assertEquals(DominatorTree.UNREACHABLE, tree.immediateDominator(0));
        assertArrayEquals(new int[0], tree.rootChildren());
        assertEquals(0, tree.accumulate(new long[] {5, 6}));
    }

    @Test
    void emptyGraphHasAnEmptyTree() {
        DominatorTree tree = compute(new int[0][]);

        assertEquals(0, tree.nodeCount());
        assertEquals(0, tree.reachableCount());
    }

    @Test
    void rootOutsideTheGraphIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> compute(new int[][] {{}}, 1));
    }

    @Test
    void progressEndsAtItsTotal() {
        long[] last = new long[2];
        AdjacencyArrays graph = AdjacencyArrays.ofLists(new int[][] {{1}, {2}, {}});
        Dominators.compute(graph, graph.transpose(), new int[] {0}, (done, total) -> {
            assertTrue(done <= total);
            last[0] = done;
            last[1] = total;
        });
        assertEquals(last[1], last[0]);
        assertTrue(last[1] > 0);
    }
}
