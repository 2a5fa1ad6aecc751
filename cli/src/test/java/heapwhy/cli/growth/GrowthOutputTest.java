package heapwhy.cli.growth;

import heapwhy.cli.Fixtures;
import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.OutputFormat;
import heapwhy.growth.GrowthQuery;
import heapwhy.histogram.ClassHistogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static heapwhy.cli.Fixtures.entry;
import static heapwhy.cli.Fixtures.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrowthOutputTest {
    @TempDir
    Path dir;

    private static final Path A = Path.of("/d/a.hprof");
    private static final Path B = Path.of("/d/b.hprof");
    private static final Path C = Path.of("/d/c.hprof");

    /** MyCache$Entry grows steadily, String grows then dips, byte[] shrinks, Session grows in bytes only. */
    private static List<ClassHistogram> threeDumps() {
        return List.of(
                histogram(A, List.of(entry("MyCache$Entry", 100, 3_200), entry("java.lang.String", 1_000, 24_000),
                        entry("byte[]", 500, 80_000), entry("Session", 10, 1_000))),
                histogram(B, List.of(entry("MyCache$Entry", 200, 6_400), entry("java.lang.String", 1_600, 38_400),
                        entry("byte[]", 400, 60_000), entry("Session", 10, 5_000))),
                histogram(C, List.of(entry("MyCache$Entry", 300, 9_600), entry("java.lang.String", 1_500, 36_000),
                        entry("byte[]", 300, 50_000), entry("Session", 10, 9_000))));
    }

    private static GrowthQuery query(int dumps) {
        return GrowthQuery.defaults(dumps);
    }

    private static List<String> rows(String text) {
        return text.lines().filter(line -> line.matches("\\S+(\\s+[\\d,]+)+\\s+[+-]?[\\d,]+\\s+[+-]?[\\d.]+ [KMG]?B"))
                .toList();
    }

    @Test
    void twoDumpsShowBothCountsAndTheGrowthLargestFirst() {
        String text = GrowthCommand.render(threeDumps().subList(0, 2), query(2), 20, OutputFormat.text);
        List<String> lines = text.lines().toList();
        assertEquals("Growth from A to B, by instance count:", lines.get(0));
        assertEquals("  A = /d/a.hprof", lines.get(1));
        assertEquals("  B = /d/b.hprof", lines.get(2));
        assertTrue(text.lines().anyMatch(l -> l.matches("type\\s+count\\(A\\)\\s+count\\(B\\)\\s+\\+delta\\s+\\+bytes")),
                text);
        List<String> rows = rows(text);
        assertEquals(2, rows.size(), text);
        assertTrue(rows.get(0).matches("java\\.lang\\.String\\s+1,000\\s+1,600\\s+\\+600\\s+\\+14\\.1 KB"), rows.get(0));
        assertTrue(rows.get(1).matches("MyCache\\$Entry\\s+100\\s+200\\s+\\+100\\s+\\+3\\.1 KB"), rows.get(1));
    }

    @Test
    void threeDumpsShowACountPerDumpAndOnlySteadyGrowthByDefault() {
        String text = GrowthCommand.render(threeDumps(), query(3), 20, OutputFormat.text);
        assertTrue(text.startsWith("Growth across 3 dumps, by instance count, types that grew in every interval:"),
                text);
        assertTrue(text.contains("  C = /d/c.hprof"));
        assertTrue(text.lines().anyMatch(l -> l.matches("type\\s+count\\(A\\)\\s+count\\(B\\)\\s+count\\(C\\)\\s+\\+delta\\s+\\+bytes")),
                text);
        List<String> rows = rows(text);
        assertEquals(1, rows.size(), text);
        assertTrue(rows.get(0).matches("MyCache\\$Entry\\s+100\\s+200\\s+300\\s+\\+200\\s+\\+6\\.3 KB"), rows.get(0));
    }

    @Test
    void noMonotonicAlsoShowsTypesThatDippedInBetween() {
        GrowthQuery any = new GrowthQuery(GrowthQuery.SortBy.COUNT, 0, null, 1, false);
        List<String> rows = rows(GrowthCommand.render(threeDumps(), any, 20, OutputFormat.text));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("java.lang.String"));
    }

    @Test
    void nothingGrewIsSaidInASentence() {
        List<ClassHistogram> shrinking = List.of(
                histogram(A, List.of(entry("byte[]", 3, 48))),
                histogram(B, List.of(entry("byte[]", 2, 32))),
                histogram(C, List.of(entry("byte[]", 1, 16))));
        String three = GrowthCommand.render(shrinking, query(3), 20, OutputFormat.text);
        assertTrue(three.contains("No type grew in every interval across 3 dumps."), three);
        assertFalse(three.contains("count(A)"), three);
        String two = GrowthCommand.render(shrinking.subList(0, 2), query(2), 20, OutputFormat.text);
        assertTrue(two.contains("No type grew from A to B."), two);
        GrowthQuery strict = new GrowthQuery(GrowthQuery.SortBy.COUNT, 0, Pattern.compile("Cache"), 1_000, false);
        String filtered = GrowthCommand.render(threeDumps(), strict, 20, OutputFormat.text);
        assertTrue(filtered.contains("No type matching /Cache/ grew by at least 1,000 instances from A to C across 3 dumps."),
                filtered);
    }

    @Test
    void sortByBytesMinDeltaFilterAndTop() {
        GrowthQuery byBytes = new GrowthQuery(GrowthQuery.SortBy.BYTES, 0, null, 1, false);
        List<String> rows = rows(GrowthCommand.render(threeDumps(), byBytes, 20, OutputFormat.text));
        assertEquals(List.of("java.lang.String", "Session", "MyCache$Entry"),
                rows.stream().map(r -> r.split("\\s+")[0]).toList());
        GrowthQuery bigOnly = new GrowthQuery(GrowthQuery.SortBy.COUNT, 0, null, 300, false);
        assertEquals(1, rows(GrowthCommand.render(threeDumps(), bigOnly, 20, OutputFormat.text)).size());
        GrowthQuery filtered = new GrowthQuery(GrowthQuery.SortBy.BYTES, 0, Pattern.compile("^S"), 1, false);
        List<String> sessions = rows(GrowthCommand.render(threeDumps(), filtered, 20, OutputFormat.text));
        assertEquals(1, sessions.size());
        assertTrue(sessions.get(0).matches("Session\\s+10\\s+10\\s+10\\s+0\\s+\\+7\\.8 KB"), sessions.get(0));
        String top1 = GrowthCommand.render(threeDumps(), byBytes, 1, OutputFormat.text);
        assertEquals(1, rows(top1).size());
        assertTrue(top1.contains("2 more types grew (--top 0 shows all)."), top1);
    }

    @Test
    void csvHasCountsAndBytesPerDumpAndExactDeltas() {
        String csv = GrowthCommand.render(threeDumps(), query(3), 0, OutputFormat.csv);
        assertEquals("type,count_A,count_B,count_C,bytes_A,bytes_B,bytes_C,count_delta,bytes_delta\n"
                + "MyCache$Entry,100,200,300,3200,6400,9600,200,6400\n", csv);
    }

    @Test
    void jsonListsDumpsQueryAndTypes() {
        String json = GrowthCommand.render(threeDumps(), query(3), 0, OutputFormat.json);
        Map<?, ?> root = (Map<?, ?>) MiniJson.parse(json);
        List<?> dumps = (List<?>) root.get("dumps");
        assertEquals(3, dumps.size());
        assertEquals("/d/b.hprof", ((Map<?, ?>) dumps.get(1)).get("file"));
        assertEquals(true, root.get("monotonic"));
        Map<?, ?> type = (Map<?, ?>) ((List<?>) root.get("types")).get(0);
        assertEquals("MyCache$Entry", type.get("type"));
        assertEquals(List.of(100L, 200L, 300L), type.get("counts"));
        assertEquals(6_400L, type.get("bytes_delta"));
        assertEquals(true, type.get("grew_in_every_interval"));
    }

    @Test
    void commandReadsEveryDumpAndAppliesItsOptions() throws IOException {
        Path a = Fixtures.file(dir, "a.hprof");
        Path b = Fixtures.file(dir, "b.hprof");
        Path c = Fixtures.file(dir, "c.hprof");
        List<ClassHistogram> h = threeDumps();
        CommandEnvironment environment = Fixtures.environment(Map.of(a, retarget(h.get(0), a), b, retarget(h.get(1), b),
                c, retarget(h.get(2), c)));
        Run monotonic = Run.of(environment, "growth", a.toString(), b.toString(), c.toString());
        assertEquals(0, monotonic.exitCode(), monotonic.err());
        assertEquals(1, rows(monotonic.out()).size(), monotonic.out());
        Run all = Run.of(environment, "growth", "--no-monotonic", a.toString(), b.toString(), c.toString());
        assertEquals(2, rows(all.out()).size(), all.out());
        Run minDelta = Run.of(environment, "growth", "--no-monotonic", "--min-delta", "300", "--format", "csv",
                a.toString(), b.toString(), c.toString());
        assertEquals(2, minDelta.out().lines().count(), minDelta.out());
        assertTrue(minDelta.out().contains("java.lang.String,1000,1600,1500"), minDelta.out());
        Run twoDumps = Run.of(environment, "growth", "--sort", "bytes", "--filter", "Sess", a.toString(), c.toString());
        assertEquals(1, rows(twoDumps.out()).size(), twoDumps.out());
        assertTrue(twoDumps.out().startsWith("Growth from A to B, by bytes, types matching /Sess/:"), twoDumps.out());
    }

    private static ClassHistogram retarget(ClassHistogram h, Path file) {
        return histogram(file, h.classes());
    }
}
