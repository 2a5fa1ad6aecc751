package heapwhy.cli;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** why, suspects and backrefs on the leak zoo as a user reads them: short, the biggest leak first. */
class LeakZooCommandsTest {
    private static List<Path> zoo;

    @TempDir
    static Path sharedIndex;

    @BeforeAll
    static void produceDumps() throws IOException {
        zoo = ScenarioDumps.produce(Scenario.LEAK_ZOO, Variant.DEFAULT).dumps();
    }

    private static Run run(String command, List<Path> dumps, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--index-dir", sharedIndex.toString()));
        args.addAll(List.of(options));
        dumps.forEach(d -> args.add(d.toString()));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void whyFitsOnAScreenfulPerPlaceAndLooksCloserAtTheLeakedType() {
        Run run = run("why", zoo);
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.lines().count() <= 150, text.lines().count() + " lines\n" + text);
        assertTrue(text.contains("#1 ReportPlugin piles up in static PluginRegistry.PLUGINS (ArrayList)"), text);
        assertTrue(text.contains("#3 ReportTask piles up in static Reports.POOL → workQueue "
                + "(LinkedBlockingQueue of a ThreadPoolExecutor)"), text);
        assertTrue(text.contains("look closer: heapwhy backrefs --class heapwhy.testdumps.scenarios.zoo.ReportTask "),
                text);
        assertTrue(!text.contains("$Node piles up") && !text.contains("$Entry piles up"), text);
        assertTrue(text.contains("… and 9 more places (--top shows more)."), text);
    }

    @Test
    void suspectsNameTheBiggestLeaksCollectionFirstWithItsField() {
        Run run = run("suspects", zoo.subList(2, 3));
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.lines().count() <= 150, text.lines().count() + " lines\n" + text);
        assertTrue(text.contains("Suspect 1: java.util.ArrayList 0x"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Suspect 1: ") && l.contains(" held by static PluginRegistry.PLUGINS ")),
                text);
    }

    @Test
    void backrefsOfAQueuesTasksIsOneBranchThroughTheExecutorsQueue() {
        Run run = run("backrefs", zoo.subList(2, 3), "--class", "heapwhy.testdumps.scenarios.zoo.ReportTask");
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.contains("└─ static Reports.POOL → java.util.concurrent.ThreadPoolExecutor\n"
                + "   └─ workQueue → java.util.concurrent.LinkedBlockingQueue\n"
                + "      └─ queue[…] → heapwhy.testdumps.scenarios.zoo.ReportTask (×357, "), text);
        assertTrue(text.lines().count() < 12, text);
    }
}
