package heapwhy.graph;

import heapwhy.summary.HeapSummary;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts about the graphs of real dumps, checked against brute force. */
class ScenarioGraphTest {
    @TempDir
    Path tmp;

    private static HeapClass row(HeapIndex index, String name) {
        return index.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The graph-wide invariants every index must satisfy. */
    private static void checkInvariants(HeapIndex index) {
        long sum = 0;
        int inGraph = 0;
        for (int v = 0; v < index.nodeCount(); v++) {
            if (index.inGraph(v)) {
                inGraph++;
                sum += index.shallowSize(v);
                long shallow = index.shallowSize(v);
                long retained = index.retainedSize(v);
                int node = v;
                assertTrue(retained >= shallow, () -> "node " + node + ": retained " + retained + " < " + shallow);
            }
        }
        assertEquals(sum, index.graphBytes(), "graph bytes = the shallow bytes of the graph's nodes");
        HeapSummary summary = HeapSummary.of(index);
        assertEquals(inGraph, summary.objects());
        assertEquals(index.nodeCount(), inGraph + summary.unreachableObjects());
        for (GcRoot root : index.roots()) {
            assertTrue(root.node() < 0 || index.inGraph(root.node()), root.toString());
        }
    }

    @Test
    void staticCacheMapRetainsExactlyWhatItAloneHolds() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            checkInvariants(index);
            HeapClass entry = row(index, "heapwhy.testdumps.scenarios.MyCache$Entry");
            assertEquals(60_000, entry.count());
            assertEquals(2_400_000, entry.shallowBytes());
            assertEquals(2_400_000, entry.retainedBytes());

            int entryNode = -1;
            for (int v = 0; v < index.nodeCount() && entryNode < 0; v++) {
                if (index.inGraph(v) && index.classOf(v) == entry) {
                    entryNode = v;
                }
            }
            int map = staticHashMapAbove(index, entryNode);
            assertTrue(map >= 0, "no static HashMap above an entry");

            int[] roots = GraphChecks.rootNodes(index);
            BitSet reachable = GraphChecks.reachableWithout(index, roots, -1);
            assertEquals(HeapSummary.of(index).objects(), reachable.cardinality());
            long brute = GraphChecks.bruteForceRetained(index, roots, reachable, map);
            assertEquals(brute, index.retainedSize(map));
            assertTrue(brute >= 2_400_000 + 50 * 24, "map retains " + brute);
            // every entry lies under the map in the dominator tree
            for (int v = 0; v < index.nodeCount(); v++) {
                if (index.classOf(v) == entry) {
                    int d = v;
                    while (d >= 0 && d != map) {
                        d = index.immediateDominator(d);
                    }
                    assertEquals(map, d, "entry node " + v);
                }
            }
        }
    }

    /** Walks referrers up from a node to the first java.util.HashMap a class mirror refers to (a static). */
    private static int staticHashMapAbove(HeapIndex index, int from) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Set<Integer> seen = new LinkedHashSet<>();
        queue.add(from);
        seen.add(from);
        while (!queue.isEmpty() && seen.size() < 100_000) {
            int v = queue.poll();
            if (index.classOf(v).name().equals("java.util.HashMap")) {
                for (int referrer : index.inbound(v)) {
                    if (index.classOf(referrer).name().equals("java.lang.Class")) {
                        return v;
                    }
                }
            }
            for (int referrer : index.inbound(v)) {
                if (index.inGraph(referrer) && seen.add(referrer)) {
                    queue.add(referrer);
                }
            }
        }
        return -1;
    }

    @Test
    void retainedSizesMatchBruteForceOnARealDump() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.CONTROL, Variant.DEFAULT).dumps().get(0);
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            checkInvariants(index);
            int[] roots = GraphChecks.rootNodes(index);
            BitSet reachable = GraphChecks.reachableWithout(index, roots, -1);
            assertEquals(HeapSummary.of(index).objects(), reachable.cardinality());
            for (int v = 0; v < index.nodeCount(); v++) {
                assertEquals(reachable.get(v), index.inGraph(v), "node " + v);
            }
            Set<Integer> chosen = new LinkedHashSet<>();
            for (int v : index.dominatorTree().biggestObjects(5)) {
                chosen.add(v);
            }
            Random random = new Random(20240607L);
            while (chosen.size() < 55) {
                int v = random.nextInt(index.nodeCount());
                if (index.inGraph(v)) {
                    chosen.add(v);
                }
            }
            for (int v : chosen) {
                assertEquals(GraphChecks.bruteForceRetained(index, roots, reachable, v), index.retainedSize(v),
                        () -> "node " + v + " (" + index.classOf(v).name() + ")");
            }
        }
    }
}
