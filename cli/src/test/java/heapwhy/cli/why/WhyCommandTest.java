package heapwhy.cli.why;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** why on the real listener and control dumps; indexes in a temp folder only. */
class WhyCommandTest {
    private static List<Path> listener;
    private static List<Path> control;

    @TempDir
    static Path sharedIndex;

    @TempDir
    Path tmp;

    @BeforeAll
    static void produceDumps() throws IOException {
        listener = ScenarioDumps.produce(Scenario.LISTENER, Variant.DEFAULT).dumps();
        control = ScenarioDumps.produce(Scenario.CONTROL, Variant.DEFAULT).dumps();
    }

    private static Run why(List<Path> dumps, String... options) {
        List<String> args = new ArrayList<>(List.of("why", "--index-dir", sharedIndex.toString()));
        args.addAll(List.of(options));
        dumps.forEach(d -> args.add(d.toString()));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void textReadsTopToBottomWhatPilesUpWhereHowFastAndThePath() {
        Run run = why(listener);
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.startsWith("Why the heap grows: 3 dumps, oldest first"), text);
        assertTrue(text.contains("1 place keeps accumulating objects (grew in every interval by 64.0 KB or more)"), text);
        assertTrue(text.contains("#1 SessionListener piles up in EventBus.listeners (ArrayList)"), text);
        assertTrue(text.contains("   objects   5,000 → 10,000 → 15,000   +10,000 (+5,000 per interval)"), text);
        assertTrue(text.contains("       → static EventBus.GLOBAL  heapwhy.testdumps.scenarios.EventBus"), text);
        assertTrue(text.contains("       → list[…]  heapwhy.testdumps.scenarios.SessionListener"), text);
        assertTrue(text.contains("look closer: heapwhy backrefs --class heapwhy.testdumps.scenarios.SessionListener "), text);
        assertEquals("", run.err());
    }

    @Test
    void controlDumpsSayNothingAccumulates() {
        Run run = why(control);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("No place in the object graph grew in every interval by 64.0 KB or more"), run.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesSeriesPerDumpAndThePathSteps() {
        Run run = why(listener, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(run.out());
        assertEquals(3, ((List<Object>) json.get("dumps")).size());
        Map<String, Object> site = (Map<String, Object>) ((List<Object>) json.get("sites")).get(0);
        assertEquals("heapwhy.testdumps.scenarios.SessionListener", site.get("class"));
        assertEquals(List.of(5000L, 10000L, 15000L),
                ((List<Object>) site.get("counts")).stream().map(n -> ((Number) n).longValue()).toList());
        List<Object> steps = (List<Object>) ((Map<String, Object>) site.get("path")).get("steps");
        assertEquals("listeners", ((Map<String, Object>) steps.get(1)).get("label"));
        assertEquals(0L, ((Number) json.get("more_sites")).longValue());
    }

    @Test
    void graphDrawsTheGrowingPathsAndJsonStaysClean() throws IOException {
        Path svg = tmp.resolve("why.svg");
        Run run = why(listener, "--format", "json", "--graph", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        MiniJson.parse(run.out());
        assertTrue(run.err().contains("wrote " + svg.toAbsolutePath()), run.err());
        String picture = Files.readString(svg);
        assertTrue(picture.contains("EventBus.GLOBAL") && picture.contains("SessionListener"), picture);
    }

    @Test
    void minGrowthAboveTheLeakLeavesNothingAndSizesParse() {
        Run run = why(listener, "--min-growth", "1.5MB");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("No place in the object graph grew in every interval by 1.5 MB or more"), run.out());
    }

    @Test
    void usageErrorsExit64WithOneLine() {
        Run one = why(listener.subList(0, 1));
        assertEquals(64, one.exitCode());
        assertTrue(one.err().contains("why compares two or more dumps"), one.err());
        Run size = why(listener, "--min-growth", "lots");
        assertEquals(64, size.exitCode());
        assertTrue(size.err().contains("--min-growth takes a size such as 65536, 64KB or 1.5MB, not 'lots'"), size.err());
        Run picture = why(listener, "--graph", "why.gif");
        assertEquals(64, picture.exitCode());
        assertTrue(picture.err().contains("--graph needs a file ending in .svg, .png or .dot"), picture.err());
    }

    @Test
    void aMissingDumpExits2NamingIt() {
        List<Path> dumps = new ArrayList<>(listener);
        dumps.add(tmp.resolve("missing.hprof"));
        Run run = why(dumps);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing.hprof: no such file"), run.err());
    }

    @Test
    void dumpsGivenNewestFirstGetAHint() {
        List<Path> reversed = new ArrayList<>(listener);
        java.util.Collections.reverse(reversed);
        Run run = why(reversed);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("The reachable heap shrinks from A to C: were the dumps given newest first? "
                + "They go oldest first."), run.out());
    }
}
