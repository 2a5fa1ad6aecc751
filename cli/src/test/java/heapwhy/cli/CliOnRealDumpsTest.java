package heapwhy.cli;

import heapwhy.testdumps.DumpSet;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real parser behind the real commands: real scenario dumps and real broken files. */
class CliOnRealDumpsTest {
    private static DumpSet staticCache;

    @TempDir
    Path dir;

    @BeforeAll
    static void produceDumps() throws IOException {
        staticCache = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT);
    }

    private static String[] args(String command, List<Path> dumps, String... options) {
        String[] result = new String[1 + options.length + dumps.size()];
        result[0] = command;
        System.arraycopy(options, 0, result, 1, options.length);
        for (int i = 0; i < dumps.size(); i++) {
            result[1 + options.length + i] = dumps.get(i).toString();
        }
        return result;
    }

    @Test
    void histogramCsvHasTheCacheEntriesWithExactCountAndBytes() {
        Run run = Run.of(args("histogram", staticCache.dumps().subList(2, 3), "--format", "csv", "--filter", "MyCache"));
        assertEquals(0, run.exitCode(), run.err());
        // 60,000 entries of 12 header + long, long, int, byte = 37 -> 40 bytes each
        assertTrue(run.out().lines().anyMatch(l -> l.equals("heapwhy.testdumps.scenarios.MyCache$Entry,60000,2400000,"
                + "jdk.internal.loader.ClassLoaders$AppClassLoader@0x" + l.substring(l.lastIndexOf("@0x") + 3))),
                run.out());
    }

    @Test
    void growthTextPutsTheCacheEntriesFirst() {
        Run run = Run.of(args("growth", staticCache.dumps()));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("type")).findFirst().orElseThrow());
        String first = lines.get(header + 1);
        assertTrue(first.startsWith("heapwhy.testdumps.scenarios.MyCache$Entry"), run.out());
        assertTrue(first.contains("+40,000"), first);
    }

    @Test
    void growthJsonOnTheControlScenarioListsNoApplicationType() throws IOException {
        DumpSet control = ScenarioDumps.produce(Scenario.CONTROL, Variant.DEFAULT);
        Run run = Run.of(args("growth", control.dumps(), "--format", "json"));
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("heapwhy.testdumps"), run.out());
    }

    @Test
    void nonHprofFilesExit2WithOneLineNamingFileOffsetAndFormat() throws IOException {
        record Case(String name, byte[] bytes, String expected) { }
        for (Case c : List.of(
                new Case("empty.hprof", BrokenDumps.empty(), "at byte 0: not an HPROF dump: the file is empty"),
                new Case("dump.zip", BrokenDumps.zipFile(), "at byte 0: not an HPROF dump: the file is a ZIP archive"),
                new Case("heap.phd", BrokenDumps.openJ9Phd(), "portable heap dump (PHD)"),
                new Case("text.gz", BrokenDumps.gzipOfRandomText(7), "the gzip-compressed content does not start with"))) {
            Path file = dir.resolve(c.name());
            Files.write(file, c.bytes());
            Run run = Run.of("histogram", file.toString());
            assertEquals(2, run.exitCode(), c.name() + ": " + run.err());
            String[] lines = run.errLines();
            assertEquals(1, lines.length, run.err());
            assertTrue(lines[0].startsWith("heapwhy: error: " + file + ": at byte "), lines[0]);
            assertTrue(lines[0].contains(c.expected()), lines[0]);
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void realDumpCutInsideItsHeapWarnsAndStillAnswers() throws IOException {
        byte[] whole = Files.readAllBytes(staticCache.dumps().get(0));
        Path cut = dir.resolve("cut.hprof");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 4));
        Run run = Run.of("histogram", "--top", "3", cut.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("heapwhy: warning: ") && run.err().contains("truncated"), run.err());
        assertTrue(run.out().contains("total of"), run.out());
    }

    @Test
    void realDumpCutInsideItsHeaderExits2() throws IOException {
        byte[] whole = Files.readAllBytes(staticCache.dumps().get(0));
        Path cut = dir.resolve("header.hprof");
        // "JAVA PROFILE 1.0.2" + NUL is 19 bytes, the id size 4 more: the cut falls in the time stamp at 23
        Files.write(cut, Arrays.copyOf(whole, 25));
        Run run = Run.of("histogram", cut.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertArrayEquals(new String[]{"heapwhy: error: " + cut + ": at byte 23: file ends inside the HPROF header"},
                run.errLines());
    }
}
