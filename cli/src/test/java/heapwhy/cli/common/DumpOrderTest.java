package heapwhy.cli.common;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dumps given newest first, by their headers' time stamps, are warned about with the order that was meant. */
class DumpOrderTest {
    @TempDir
    static Path sharedIndex;

    private static List<Path> oldestFirst;
    private static List<Path> newestFirst;

    @BeforeAll
    static void produceDumps() throws IOException {
        oldestFirst = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps();
        newestFirst = List.of(oldestFirst.get(2), oldestFirst.get(1), oldestFirst.get(0));
    }

    private static Run run(String command, List<Path> dumps, String... options) {
        List<String> args = new ArrayList<>(List.of(command));
        if (command.equals("why")) {
            args.addAll(List.of("--index-dir", sharedIndex.toString()));
        }
        args.addAll(List.of(options));
        dumps.forEach(d -> args.add(d.toString()));
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static String meant(String command) {
        return "heapwhy: warning: the dumps look newest first (by the time stamps in their headers), and " + command
                + " reads them oldest first: did you mean heapwhy " + command + " " + oldestFirst.get(0) + " "
                + oldestFirst.get(1) + " " + oldestFirst.get(2) + "?";
    }

    @Test
    void whyOnDumpsNewestFirstWarnsAndNamesTheOrderMeant() {
        Run run = run("why", newestFirst);
        assertTrue(run.err().lines().anyMatch(meant("why")::equals), run.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void whyJsonCarriesTheOrderWarning() {
        Run run = run("why", newestFirst, "--format", "json");
        List<Object> warnings = (List<Object>) ((Map<String, Object>) MiniJson.parse(run.out())).get("warnings");
        assertEquals(meant("why").substring("heapwhy: warning: ".length()), warnings.get(0), run.out());
    }

    @Test
    void growthOnDumpsNewestFirstWarnsAndNamesTheOrderMeant() {
        Run run = run("growth", newestFirst);
        assertTrue(run.err().lines().anyMatch(meant("growth")::equals), run.err());
    }

    @Test
    void dumpsOldestFirstGetNoWarning() {
        assertFalse(run("why", oldestFirst).err().contains("oldest first"), "why");
        assertEquals("", run("growth", oldestFirst).err());
    }

    @Test
    void dumpsOutOfOrderAreToldTheOrderByTime() {
        List<Path> dumps = List.of(Path.of("b.hprof"), Path.of("a.hprof"), Path.of("c.hprof"));
        assertEquals("the dumps are not oldest first (by the time stamps in their headers), and why reads them "
                + "oldest first: did you mean heapwhy why a.hprof b.hprof c.hprof?",
                DumpOrder.warning("why", dumps, List.of(2000L, 1000L, 3000L)));
    }

    @Test
    void missingOrEqualTimeStampsTellNothing() {
        List<Path> dumps = List.of(Path.of("a.hprof"), Path.of("b.hprof"));
        assertNull(DumpOrder.warning("why", dumps, List.of(0L, 0L)));
        assertNull(DumpOrder.warning("why", dumps, List.of(5000L, 5000L)));
        assertNull(DumpOrder.warning("why", dumps, List.of(5000L, 0L)));
    }
}
