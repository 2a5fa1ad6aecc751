package heapwhy.sites;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `why` on the scenario dumps, whose leaks (or lack of one) are known. */
class WhyOnScenarioDumpsTest {
    private static final String PACKAGE = "heapwhy.testdumps.scenarios.";

    @TempDir
    Path tmp;

    static WhyReport why(DumpSet set, List<Integer> which, Path indexDir, SiteQuery query) throws IOException {
        List<HeapIndex> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (int d : which) {
                Path dump = set.dumps().get(d);
                indexes.add(HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(indexDir), ProgressListener.NONE));
                names.add(dump.getFileName().toString());
            }
            return GrowthSites.find(indexes, names, query);
        } finally {
            for (HeapIndex index : indexes) {
                index.close();
            }
        }
    }

    private WhyReport why(Scenario scenario, Variant variant) throws IOException {
        return why(ScenarioDumps.produce(scenario, variant), List.of(0, 1, 2), tmp, SiteQuery.defaults());
    }

    /** The report as lines, for reading a failure. */
    static String text(WhyReport report) {
        StringBuilder out = new StringBuilder();
        for (GrowthSite s : report.sites()) {
            out.append(s.className()).append(" in ").append(s.holder()).append(' ').append(s.counts()).append(' ')
                    .append(s.retained()).append('\n').append("  ").append(s.path().rootText()).append(' ')
                    .append(steps(s)).append('\n');
            s.types().forEach(t -> out.append("    ").append(t).append('\n'));
        }
        return out.append("more: ").append(report.moreSites()).toString();
    }

    static String steps(GrowthSite site) {
        return site.path().steps().stream().map(st -> st.label() + " → " + st.className())
                .collect(Collectors.joining(" · "));
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS", "GZIP",
            "OTHER_JDK"})
    void staticCacheIsTheOnlySiteHeldByTheStaticMapWithTwentyThousandMoreEntriesEachTime(Variant variant)
            throws IOException {
        if (variant == Variant.OTHER_JDK) {
            Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK on this machine");
        }
        WhyReport report = why(Scenario.STATIC_CACHE, variant);
        String text = text(report);
        assertEquals(1, report.sites().size(), text);
        GrowthSite site = report.sites().get(0);
        assertEquals(PACKAGE + "MyCache$Entry", site.className(), text);
        assertEquals(List.of(20_000L, 40_000L, 60_000L), site.counts(), text);
        assertEquals("static MyCache.ENTRIES (HashMap of ArrayList)", site.holder(), text);
        assertEquals("static MyCache.ENTRIES → java.util.HashMap · map[…] → java.util.ArrayList · list[…] → "
                + PACKAGE + "MyCache$Entry", steps(site), text);
        assertTrue(site.path().rootText().startsWith("class " + PACKAGE + "MyCache"), text);
        assertTrue(site.retained().get(2) - site.retained().get(1) >= 20_000L * 24, text);
        assertEquals(PACKAGE + "MyCache$Entry", site.types().get(0).className(), text);
    }

    @Test
    void listenerLeakPointsAtTheBusListenerList() throws IOException {
        WhyReport report = why(Scenario.LISTENER, Variant.DEFAULT);
        String text = text(report);
        assertEquals(1, report.sites().size(), text);
        GrowthSite site = report.sites().get(0);
        assertEquals(PACKAGE + "SessionListener", site.className(), text);
        assertEquals("EventBus.listeners (ArrayList)", site.holder(), text);
        assertEquals(List.of(5_000L, 10_000L, 15_000L), site.counts(), text);
        assertEquals(List.of("byte[]", PACKAGE + "Session", PACKAGE + "SessionListener"),
                site.types().stream().map(SiteType::className).toList(), text);
    }

    @Test
    void threadLocalLeakPointsAtThePoolThreadsThreadLocalMapsAndTheStaticThatHoldsTheThreadLocalAsOneSite() throws IOException {
        WhyReport report = why(Scenario.THREAD_LOCAL, Variant.DEFAULT);
        String text = text(report);
        assertEquals(1, report.sites().size(), text);
        GrowthSite site = report.sites().get(0);
        assertEquals(PACKAGE + "RequestContext", site.className(), text);
        assertEquals(List.of("request-pool-0", "request-pool-1", "request-pool-2", "request-pool-3"), site.threads(),
                text);
        assertEquals("the ThreadLocal ThreadLocalScenario.CONTEXT of 4 threads (\"request-pool-0\", \"request-pool-1\", "
                + "\"request-pool-2\", \"request-pool-3\")", site.holder(), text);
        assertEquals("threadLocal ThreadLocalScenario.CONTEXT → java.util.ArrayList · list[…] → " + PACKAGE + "RequestContext", steps(site), text);
        assertEquals(List.of(8_000L, 16_000L, 24_000L), site.counts(), text);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "GZIP", "ALL_OBJECTS"})
    void controlScenarioHasNoGrowingSite(Variant variant) throws IOException {
        WhyReport report = why(Scenario.CONTROL, variant);
        assertEquals(0, report.sites().size() + report.moreSites(), text(report));
    }

    @Test
    void withTwoDumpsOnlyTheFirstIntervalCountsAndTheLeakIsStillFirst() throws IOException {
        WhyReport report = why(ScenarioDumps.produce(Scenario.LISTENER, Variant.DEFAULT), List.of(1, 2), tmp,
                SiteQuery.defaults());
        String text = text(report);
        assertEquals(PACKAGE + "SessionListener", report.sites().get(0).className(), text);
        assertEquals(List.of(10_000L, 15_000L), report.sites().get(0).counts(), text);
    }

    @Test
    void twoLeaksAreRankedByRetainedGrowthNotByCount() throws IOException {
        WhyReport report = why(Scenario.TWO_LEAKS, Variant.DEFAULT);
        String text = text(report);
        assertEquals(2, report.sites().size(), text);
        GrowthSite images = report.sites().get(0);
        GrowthSite audit = report.sites().get(1);
        assertEquals(PACKAGE + "Thumbnail", images.className(), text);
        assertEquals("static ImageCache.THUMBNAILS (HashMap)", images.holder(), text);
        assertEquals(List.of(500L, 1_000L, 1_500L), images.counts(), text);
        assertEquals(PACKAGE + "AuditEvent", audit.className(), text);
        assertEquals("static AuditTrail.EVENTS (ArrayList)", audit.holder(), text);
        assertEquals(List.of(10_000L, 20_000L, 30_000L), audit.counts(), text);
        // the audit trail gains 20 times more objects, the image cache over 10 times more bytes
        assertTrue(audit.countGrowth() > 10 * images.countGrowth(), text);
        assertTrue(images.retainedGrowth() > 10 * audit.retainedGrowth(), text);
        // each thumbnail's 8 KB of pixels is under its site
        assertEquals("byte[]", images.types().get(0).className(), text);
        assertTrue(images.types().get(0).bytesGrowth() >= 1_000L * 8_192, text);
    }

    @Test
    void plainGzipDumpsStillGiveTheSiteByItsStaticAndSayWhyFieldNamesAreMissing() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT);
        List<Path> gzipped = new ArrayList<>();
        for (Path dump : set.dumps()) {
            Path gz = tmp.resolve(dump.getFileName() + ".gz");
            try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
                java.nio.file.Files.copy(dump, out);
            }
            gzipped.add(gz);
        }
        DumpSet plainGzip = new DumpSet(set.scenario(), set.variant(), gzipped, set.jvmHistograms(), set.javaVersion());
        WhyReport report = why(plainGzip, List.of(0, 1, 2), tmp.resolve("index"), SiteQuery.defaults());
        String text = text(report);
        assertEquals(1, report.sites().size(), text);
        assertEquals(PACKAGE + "MyCache$Entry", report.sites().get(0).className(), text);
        assertEquals(List.of(20_000L, 40_000L, 60_000L), report.sites().get(0).counts(), text);
        assertEquals("static MyCache.ENTRIES (HashMap)", report.sites().get(0).holder(), text);
        assertEquals(3, report.warnings().size(), report.warnings().toString());
        assertTrue(report.warnings().get(0).contains("is a gzip stream without random access"), report.warnings().toString());
    }

    @Test
    void dumpsOfOneProgramRaiseNoWarning() throws IOException {
        assertEquals(List.of(), why(Scenario.LISTENER, Variant.DEFAULT).warnings());
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"STATIC_CACHE", "LISTENER", "THREAD_LOCAL", "TWO_LEAKS"})
    void withoutAnyMinimumThePlantedLeakStillRanksFirst(Scenario scenario) throws IOException {
        WhyReport report = why(ScenarioDumps.produce(scenario, Variant.DEFAULT), List.of(0, 1, 2), tmp,
                new SiteQuery(0, 0, 100, 5));
        String expected = switch (scenario) {
            case STATIC_CACHE -> "MyCache$Entry";
            case LISTENER -> "SessionListener";
            case THREAD_LOCAL -> "RequestContext";
            default -> "Thumbnail";
        };
        assertEquals(PACKAGE + expected, report.sites().get(0).className(), text(report));
    }
}
