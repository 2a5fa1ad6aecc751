package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merged shortest paths on the scenario dumps, whose leaks are known. */
class BackrefsOnScenarioDumpsTest {
    private static final String PACKAGE = "heapwhy.testdumps.scenarios.";

    @TempDir
    Path tmp;

    private HeapIndex open(Scenario scenario) throws IOException {
        Path dump = ScenarioDumps.produce(scenario, Variant.DEFAULT).dumps().get(2);
        return HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE);
    }

    /** The tree as indented lines "label  class", for assertions and for reading a failure. */
    static String text(BackrefsResult result) {
        StringBuilder out = new StringBuilder();
        for (PathTree root : result.roots()) {
            text(root, "", out);
        }
        return out.toString();
    }

    private static void text(PathTree t, String indent, StringBuilder out) {
        out.append(indent).append(t.label()).append("  ").append(t.className()).append(" ×").append(t.count())
                .append('\n');
        for (PathTree child : t.children()) {
            text(child, indent + "  ", out);
        }
    }

    @Test
    void everyCacheEntryIsHeldThroughTheStaticMapAndATenantList() throws IOException {
        try (HeapIndex index = open(Scenario.STATIC_CACHE)) {
            long start = System.nanoTime();
            BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(PACKAGE + "MyCache$Entry")
                    .withLimits(100_000, BackrefsQuery.DEFAULT_DEPTH, BackrefsQuery.DEFAULT_TOO_MANY));
            System.out.printf("backrefs of all MyCache$Entry (index open): %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            String text = text(result);
            System.out.println(text);
            assertEquals(60_000, result.targets());
            assertEquals(60_000, result.considered());
            assertEquals(0, result.withoutStrongPath());
            assertEquals(60_000, result.paths());
            // one branch: the 50 tenants' lists merge by the shape of their steps, with a few keys as examples
            assertTrue(text.startsWith("class " + PACKAGE + "MyCache (loaded by "), text);
            assertTrue(text.contains("\n  static MyCache.ENTRIES  java.util.HashMap ×60000\n"
                    + "    map[…]  java.util.ArrayList ×60000\n"
                    + "      list[…]  " + PACKAGE + "MyCache$Entry ×60000\n"), text);
            PathTree lists = result.roots().get(0).children().get(0).children().get(0);
            assertEquals(3, lists.examples().size(), lists.examples().toString());
            assertTrue(lists.examples().stream().allMatch(e -> e.matches("map\\[\"tenant-\\d+\"\\]")),
                    lists.examples().toString());
        }
    }

    @Test
    void maxPathsLimitsTheTargetsConsideredAndTooManyFoldsSiblings() throws IOException {
        try (HeapIndex index = open(Scenario.STATIC_CACHE)) {
            BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(PACKAGE + "MyCache$Entry")
                    .withLimits(1_000, BackrefsQuery.DEFAULT_DEPTH, 1));
            assertEquals(60_000, result.targets());
            assertEquals(1_000, result.considered());
            assertEquals(1_000, result.roots().stream().mapToLong(PathTree::count).sum());
            // strings are held in many ways: all but one of a node's children fold into "N more"
            BackrefsResult strings = Backrefs.run(index, BackrefsQuery.ofClass("java.lang.String")
                    .withLimits(BackrefsQuery.DEFAULT_MAX_PATHS, BackrefsQuery.DEFAULT_DEPTH, 1));
            String text = text(strings);
            assertTrue(text.contains(" more"), text);
        }
    }

    @Test
    void sessionsAreHeldByTheEventBusListenerList() throws IOException {
        try (HeapIndex index = open(Scenario.LISTENER)) {
            BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(PACKAGE + "Session"));
            String text = text(result);
            System.out.println(text);
            assertTrue(result.paths() > 0);
            assertTrue(text.contains("listeners"), text);
            assertTrue(text.contains("list[…]  " + PACKAGE + "SessionListener ×" + result.paths()), text);
            assertTrue(text.contains("session  " + PACKAGE + "Session ×" + result.paths()), text);
        }
    }

    @Test
    void requestContextsAreHeldByPoolThreadsThroughTheirThreadLocal() throws IOException {
        try (HeapIndex index = open(Scenario.THREAD_LOCAL)) {
            BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(PACKAGE + "RequestContext"));
            String text = text(result);
            System.out.println(text);
            assertTrue(result.paths() > 0);
            assertTrue(text.contains("threadLocal ThreadLocalScenario.CONTEXT  java.util.ArrayList"), text);
            assertTrue(result.roots().stream().anyMatch(r -> r.label().startsWith("thread \"request-pool-")), text);
        }
    }

    @Test
    void shortestChainToOneEntryReadsFromTheRootThroughTheMapAndList() throws IOException {
        try (HeapIndex index = open(Scenario.STATIC_CACHE)) {
            int entry = -1;
            for (int v = 0; v < index.nodeCount() && entry < 0; v++) {
                if (index.classOf(v).name().equals(PACKAGE + "MyCache$Entry") && index.inGraph(v)) {
                    entry = v;
                }
            }
            Chain chain = ShortestChains.shortestChain(index, entry, false);
            assertNotNull(chain);
            String steps = chain.steps().stream().map(Step::label).collect(Collectors.joining(" → "));
            System.out.println(chain.rootText() + " → " + steps);
            assertTrue(chain.rootText().startsWith("class " + PACKAGE + "MyCache"), chain.rootText());
            assertTrue(steps.matches("static MyCache\\.ENTRIES → map\\[\"tenant-\\d+\"\\] → list\\[\\d+\\]"), steps);
            assertEquals(entry, chain.steps().get(chain.steps().size() - 1).node());
            assertEquals(entry, chain.target());
        }
    }
}
