package heapwhy.cli.waste;

import heapwhy.cli.Run;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.scenarios.waste.WasteExpectations.Layout;
import heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations;
import heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.Expectation;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * heapwhy waste A B C on WASTE_GROWTH's real dumps: the planted growing holders with the bytes that
 * {@link WasteGrowthExpectations} computes per dump, the waste made once not among them; the same figures in CSV.
 */
class WasteGrowthCommandTest {
    @TempDir
    static Path tmp;
    static List<Path> dumps;
    /** The DEFAULT variant's JVM is this one, with both compressions (a 256 MB heap). */
    static final Layout LAYOUT = Layout.hotspot(Runtime.version().feature(), true, true);

    @BeforeAll
    static void produce() throws IOException {
        dumps = ScenarioDumps.produce(Scenario.WASTE_GROWTH, Variant.DEFAULT).dumps();
    }

    private static Run run(List<Path> given, String... options) {
        String[] args = Stream.of(Stream.of("waste", "--index-dir", tmp.resolve("index").toString()),
                Stream.of(options), given.stream().map(Path::toString)).flatMap(s -> s).toArray(String[]::new);
        Run run = Run.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static List<Long> bytes(String owner) {
        List<Long> bytes = new ArrayList<>();
        for (int d = 1; d <= WasteGrowthExpectations.STEPS; d++) {
            bytes.add(WasteGrowthExpectations.of(LAYOUT, owner, d).wastedBytes());
        }
        return bytes;
    }

    @Test
    void textRanksTheGrowingHoldersWithTheirPlantedWastePerDumpAndGrowthPerInterval() {
        String out = run(dumps).out();
        assertTrue(out.startsWith("Waste growth: 3 dumps, oldest first"), out);
        assertTrue(out.contains("  C = " + dumps.get(2) + "  (reachable heap "), out);
        List<Long> samples = bytes("Meter.samples");
        assertTrue(out.contains("#1 Meter.samples: boxed numbers " + SeriesText.of(samples, Sizes::human) + "   "
                + Sizes.signedHuman(samples.get(2) - samples.get(0)) + " (" + Sizes.signedHuman(samples.get(1)
                - samples.get(0)) + " per interval)"), out);
        assertTrue(out.contains("   objects 20,000 → 40,000 → 60,000   +40,000 (+20,000 per interval)"), out);
        assertTrue(out.contains("#2 Invoice.currency: duplicate strings "
                + SeriesText.of(bytes("Invoice.currency"), Sizes::human)), out);
        assertTrue(out.contains(" Basket.items: empty collections " + SeriesText.of(bytes("Basket.items"),
                Sizes::human)), out);
        assertTrue(out.contains("   look closer: heapwhy waste --inspection boxed-numbers " + dumps.get(2)), out);
        assertTrue(!out.contains("Region.code") && !out.contains("\"steady:"), "made once, it does not grow: " + out);
    }

    @Test
    void csvHasEveryInspectionsTotalAndTheGrowingHoldersExactBytes() {
        List<String> lines = run(dumps, "--format", "csv").out().lines().toList();
        assertEquals("kind,row,name,objects_A,objects_B,objects_C,bytes_A,bytes_B,bytes_C,objects_growth,bytes_growth",
                lines.get(0));
        assertEquals(7, lines.stream().filter(l -> l.contains(",total,,")).count(), "one row per inspection");
        for (String owner : List.of("Meter.samples", "Invoice.currency", "Basket.items")) {
            Expectation first = WasteGrowthExpectations.of(LAYOUT, owner, 1);
            List<Long> objects = new ArrayList<>();
            for (int d = 1; d <= 3; d++) {
                objects.add(WasteGrowthExpectations.of(LAYOUT, owner, d).objects());
            }
            List<Long> b = bytes(owner);
            String row = first.inspection() + ",owner," + owner + "," + objects.get(0) + "," + objects.get(1) + ","
                    + objects.get(2) + "," + b.get(0) + "," + b.get(1) + "," + b.get(2) + ","
                    + (objects.get(2) - objects.get(0)) + "," + (b.get(2) - b.get(0));
            assertTrue(lines.contains(row), row + " in " + lines);
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("Region.code")), lines.toString());
    }

    @Test
    void aMinimumAboveEveryGrowthLeavesNoGrowingHolderAndOneInspectionKeepsToItself() {
        String none = run(dumps, "--min-growth", "2MB").out();
        assertTrue(none.contains("No holder's waste grew in every interval by 2.0 MB or more"), none);
        String strings = run(dumps, "--inspection", "duplicate-strings").out();
        assertTrue(strings.contains("#1 Invoice.currency: duplicate strings"), strings);
        assertTrue(!strings.contains("Boxed numbers") && !strings.contains("Meter.samples"), strings);
    }

    @Test
    void dumpsGivenNewestFirstAreWarnedAbout() {
        Run run = run(List.of(dumps.get(2), dumps.get(1), dumps.get(0)));
        assertTrue(run.err().contains("heapwhy: warning: the dumps look newest first"), run.err());
        assertTrue(run.out().contains("No holder's waste grew"), run.out());
    }

    @Test
    void twoDumpsCompareTheirOneInterval() {
        String out = run(dumps.subList(0, 2), "--format", "json").out();
        assertTrue(out.contains("\"name\": \"Meter.samples\""), out);
        assertTrue(out.contains("\"grows\": true"), out);
    }
}
