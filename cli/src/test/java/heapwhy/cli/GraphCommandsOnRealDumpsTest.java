package heapwhy.cli;

import heapwhy.cli.common.BenchDumpSource;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.synthetic.BrokenDumps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** summary, top, dominators and histogram --retained on the real static-cache dump; indexes in temp folders only. */
class GraphCommandsOnRealDumpsTest {
    /** 60,000 MyCache$Entry objects of 40 bytes, holding only primitives. */
    private static final long ENTRY_BYTES = 60_000L * 40;

    private static Path dump;

    /** Shared by the tests so that the index is built once. */
    @TempDir
    static Path sharedIndex;

    @TempDir
    Path dir;

    @BeforeAll
    static void produceDump() throws IOException {
        dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
    }

    private static Run run(String command, String... options) {
        String[] args = Stream.concat(Stream.of(command, "--index-dir", sharedIndex.toString()),
                Stream.concat(Arrays.stream(options), Stream.of(dump.toString()))).toArray(String[]::new);
        return ok(Run.of(args));
    }

    private static Run ok(Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static String value(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label + ":")).findFirst().orElseThrow(() -> new AssertionError(
                "no " + label + " in\n" + text)).substring(label.length() + 1).trim();
    }

    private static long number(String text) {
        return Long.parseLong(text.split(" ")[0].replace(",", ""));
    }

    /** The csv rows of {@code top}, without the header, split into fields (no field of these has a comma). */
    private static List<String[]> topRows(int top) {
        return run("top", "--top", String.valueOf(top), "--format", "csv").out().lines().skip(1)
                .map(l -> l.split(",", -1)).toList();
    }

    private static String[] topHashMap() {
        return topRows(10).stream().filter(r -> r[1].equals("java.util.HashMap")).findFirst()
                .orElseThrow(() -> new AssertionError("no HashMap in the top 10"));
    }

    @Test
    void summaryTextShowsObjectsClassesAndRootsByKindAndJsonHasTheSameNumbers() {
        String text = run("summary").out();
        long objects = number(value(text, "objects"));
        long classes = number(value(text, "classes"));
        assertTrue(objects > 100_000, text);
        assertTrue(classes > 500, text);
        assertTrue(text.contains("  system class:") && text.contains("  thread:"), text);
        assertTrue(value(text, "unreachable").contains("--keep-unreachable"), text);
        assertTrue(value(text, "layout").contains("compressed"), text);

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(run("summary", "--format", "json").out());
        assertEquals(objects, json.get("objects"));
        assertEquals(classes, json.get("classes"));
        assertEquals(number(value(text, "GC roots")), json.get("gc_roots"));
        assertEquals(number(value(text, "total bytes").replaceAll(".*\\(", "")), json.get("total_bytes"));
    }

    @Test
    void summarySaysTheSecondRunReusedTheIndex() {
        Run first = ok(Run.of("summary", "--index-dir", dir.toString(), dump.toString()));
        assertTrue(value(first.out(), "index").startsWith("built in " + dir), first.out());
        Run second = ok(Run.of("summary", "--index-dir", dir.toString(), dump.toString()));
        assertTrue(value(second.out(), "index").startsWith("reused from " + dir), second.out());
        assertEquals("", second.err());
    }

    @Test
    void summaryWithNoCacheLeavesNoIndexBehind() throws IOException {
        Path unused = dir.resolve("index");
        ok(Run.of("summary", "--no-cache", "--index-dir", unused.toString(), dump.toString()));
        assertFalse(Files.exists(unused));
    }

    @Test
    void topRanksTheHashMapHoldingTheCacheEntriesAmongTheFirstRows() {
        String[] hashMap = topHashMap();
        assertTrue(Long.parseLong(hashMap[4]) >= ENTRY_BYTES, String.join(",", hashMap));
        String text = run("top", "--top", "10").out();
        assertTrue(text.lines().anyMatch(l -> l.contains(hashMap[2]) && l.endsWith("java.util.HashMap")), text);
    }

    @Test
    void topCsvHasItsHeaderAndTheAskedNumberOfRows() {
        List<String> lines = run("top", "--top", "5", "--format", "csv").out().lines().toList();
        assertEquals("rank,class,id,shallow_bytes,retained_bytes,percent,loader", lines.get(0));
        assertEquals(6, lines.size(), String.join("\n", lines));
    }

    @Test
    void dominatorsTreeLeadsFromTheRootsToTheCacheMap() {
        String top = run("dominators").out();
        assertTrue(top.lines().anyMatch(l -> l.endsWith("all reachable objects")), top);
        String first = topRows(1).get(0)[2];
        assertTrue(top.lines().anyMatch(l -> l.startsWith("├─ ") && l.endsWith(first)), top);

        String[] hashMap = topHashMap();
        String deep = run("dominators", "--depth", "6").out();
        List<String> lines = deep.lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.endsWith("java.util.HashMap  " + hashMap[2])).findFirst()
                .orElseThrow(() -> new AssertionError("no cache map in\n" + deep)));
        assertTrue(lines.get(at).indexOf("─ ") > lines.get(at - 1).indexOf("─ "), "nested under its parent:\n" + deep);
    }

    @Test
    void dominatorsFromOneObjectShowsItsSubtree() {
        String[] hashMap = topHashMap();
        String text = run("dominators", "--id", hashMap[2]).out();
        List<String> tree = text.lines().dropWhile(l -> !l.isEmpty()).skip(1).toList();
        assertTrue(tree.get(0).endsWith("java.util.HashMap  " + hashMap[2]), text);
        assertTrue(tree.get(1).startsWith("└─ ") && tree.get(1).contains("java.util.HashMap$Node[]"), text);

        String decimal = String.valueOf(Long.parseLong(hashMap[2].substring(2), 16));
        assertEquals(text, run("dominators", "--id", decimal).out());

        List<String> csv = run("dominators", "--id", hashMap[2], "--format", "csv").out().lines().toList();
        assertTrue(csv.get(1).startsWith("0,") && csv.get(1).contains("," + hashMap[2] + ",java.util.HashMap,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("1," + hashMap[2] + ","), csv.get(2));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(
                run("dominators", "--id", hashMap[2], "--format", "json").out());
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) json.get("tree");
        assertEquals(hashMap[2], root.get("id"));
        assertFalse(((List<?>) root.get("children")).isEmpty());
    }

    @Test
    void dominatorsOfAnUnknownIdExits2WithOneLine() {
        Run run = Run.of("dominators", "--index-dir", sharedIndex.toString(), "--id", "0xdeadbeef", dump.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertArrayEquals(new String[]{"heapwhy: error: " + dump + ": no object with id 0xdeadbeef in the dump"},
                run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void histogramRetainedCsvGivesTheEntriesTheirOwnBytesAsRetained() {
        List<String> lines = run("histogram", "--retained", "--format", "csv").out().lines().toList();
        assertEquals("class,count,shallow_bytes,retained_bytes,loader", lines.get(0));
        String entry = lines.stream().filter(l -> l.startsWith("heapwhy.testdumps.scenarios.MyCache$Entry,"))
                .findFirst().orElseThrow();
        assertTrue(entry.startsWith("heapwhy.testdumps.scenarios.MyCache$Entry,60000," + ENTRY_BYTES + ","
                + ENTRY_BYTES + ","), entry);
    }

    @Test
    void histogramRetainedTextSaysWhichObjectsItCounts() {
        String text = run("histogram", "--retained", "--sort", "retained", "--top", "3").out();
        assertTrue(text.contains("Counts are of the objects in the graph"), text);
        assertTrue(text.contains("by retained bytes:"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("num") && l.contains("retained")), text);
    }

    @Test
    void summaryOfBadDumpsExits2WithOneLineLikeTheHistogram() throws IOException {
        Path zip = dir.resolve("dump.zip");
        Files.write(zip, BrokenDumps.zipFile());
        byte[] whole = Files.readAllBytes(dump);
        Path cut = dir.resolve("header.hprof");
        Files.write(cut, Arrays.copyOf(whole, 25));
        for (Path bad : List.of(zip, cut)) {
            Run summary = Run.of("summary", "--index-dir", dir.resolve("index").toString(), bad.toString());
            Run histogram = Run.of("histogram", bad.toString());
            assertEquals(2, summary.exitCode(), summary.err());
            assertEquals(1, summary.errLines().length, summary.err());
            assertArrayEquals(histogram.errLines(), summary.errLines());
        }
    }

    @Test
    void benchBuildsAndReopensTheIndexAndRunsWasteAndWhy() throws IOException {
        List<Path> series = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps();
        CommandEnvironment environment = CommandEnvironment.real().withBenchDumps(new BenchDumpSource() {
            @Override
            public Path produce(Path where) {
                return dump;
            }

            @Override
            public List<Path> produceSeries(Path where) {
                return series;
            }
        });
        Run run = ok(Run.of(environment, "bench", "--dir", dir.toString(), "--runs", "2"));
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("why run 2: [\\d.]+ s, 1 growing places, the first: "
                + "heapwhy\\.testdumps\\.scenarios\\.MyCache\\$Entry")), run.out());
        for (String fact : new String[]{"graph build: ", "graph objects: ", "graph peak heap used: ",
            "graph heap bytes per object: ", "graph reopen 1: ", "graph reopen 2: ", "graph reopen median: ",
            "waste run 2: ", "waste median: ", "waste peak heap used: ",
            "why dump: ", "why median: ", "why peak heap used: ", "why heap bytes per object of the largest dump: "}) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(fact)), fact + " in:\n" + run.out());
        }
    }
}
