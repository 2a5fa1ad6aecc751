package heapwhy.growth;

import heapwhy.histogram.ClassHistogram;
import heapwhy.histogram.Histograms;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** objgraph-style growth on real dumps whose leak (or absence of one) is known from the program. */
class GrowthOnScenarioDumpsTest {
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";
    private static final int ENTRIES_PER_STEP = 20_000;

    @Test
    void staticCacheEntryTypeLeadsWithItsExactDeltaAcrossThreeDumps() throws IOException {
        GrowthReport report = GrowthReport.compare(histograms(Scenario.STATIC_CACHE, Variant.DEFAULT));
        List<TypeGrowth> grown = report.select(GrowthQuery.defaults(3));
        TypeGrowth first = grown.get(0);
        assertEquals(ENTRY, first.type());
        assertArrayEquals(new long[]{ENTRIES_PER_STEP, 2 * ENTRIES_PER_STEP, 3 * ENTRIES_PER_STEP}, first.counts());
        assertEquals(2 * ENTRIES_PER_STEP, first.countDelta());
        assertTrue(first.bytesDelta() > 0);
    }

    @Test
    void staticCacheEntryTypeLeadsBetweenTwoDumpsAndWhenSortedByBytes() throws IOException {
        List<ClassHistogram> all = histograms(Scenario.STATIC_CACHE, Variant.DEFAULT);
        GrowthReport twoDumps = GrowthReport.compare(all.subList(0, 2));
        TypeGrowth first = twoDumps.select(GrowthQuery.defaults(2)).get(0);
        assertEquals(ENTRY, first.type());
        assertEquals(ENTRIES_PER_STEP, first.countDelta());

        GrowthQuery byBytes = new GrowthQuery(GrowthQuery.SortBy.BYTES, 0, null, 1, true);
        assertEquals(ENTRY, GrowthReport.compare(all).select(byBytes).get(0).type());
    }

    @Test
    void controlScenarioShowsNoApplicationTypeInTheDefaultView() throws IOException {
        GrowthReport report = GrowthReport.compare(histograms(Scenario.CONTROL, Variant.DEFAULT));
        List<TypeGrowth> grown = report.select(GrowthQuery.defaults(3));
        for (TypeGrowth t : grown) {
            assertFalse(t.type().startsWith("heapwhy."), "control scenario listed " + t);
        }
        // the application types are there, just not growing
        assertTrue(report.types().stream().anyMatch(t -> t.type().startsWith("heapwhy.testdumps")));
    }

    @Test
    void listenerAndThreadLocalLeaksGrowByExactlyWhatTheProgramsAdd() throws IOException {
        // each request registers one SessionListener capturing one Session (whose byte[] grows too)
        List<TypeGrowth> listeners = GrowthReport.compare(histograms(Scenario.LISTENER, Variant.DEFAULT))
                .select(GrowthQuery.defaults(3));
        for (String type : List.of("SessionListener", "Session")) {
            TypeGrowth t = listeners.stream().filter(g -> g.type().equals("heapwhy.testdumps.scenarios." + type))
                    .findFirst().orElseThrow(() -> new AssertionError(type + " not in " + listeners));
            assertEquals(10_000, t.countDelta(), type);
        }
        TypeGrowth threadLocal = GrowthReport.compare(histograms(Scenario.THREAD_LOCAL, Variant.DEFAULT))
                .select(GrowthQuery.defaults(3)).get(0);
        assertEquals("heapwhy.testdumps.scenarios.RequestContext", threadLocal.type());
        assertEquals(16_000, threadLocal.countDelta());
    }

    private static List<ClassHistogram> histograms(Scenario scenario, Variant variant) throws IOException {
        DumpSet set = ScenarioDumps.produce(scenario, variant);
        List<ClassHistogram> result = new ArrayList<>();
        for (Path dump : set.dumps()) {
            result.add(Histograms.read(dump, ProgressListener.NONE));
        }
        return result;
    }
}
