package heapwhy.waste.growth;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.BasicType;
import heapwhy.hprof.ProgressListener;
import heapwhy.layout.HeapLayout;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.scenarios.waste.WasteExpectations;
import heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations;
import heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.Expectation;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On WASTE_GROWTH's three real dumps, the holders whose planted waste grows are reported with exactly the bytes
 * and objects {@link WasteGrowthExpectations} computes per dump from the planted counts and the layout, ranked by
 * growth; the regions' duplicate codes, made once, waste the same in every dump and are not reported as growing.
 */
class WasteGrowthOnPlantedDumpsTest {
    /** The planted growing holders, the most growth per step first (DEFAULT: 400,000, 352,000, 112,000 bytes). */
    private static final List<String> GROWING = List.of("Meter.samples", "Invoice.currency", "Basket.items");

    @TempDir
    static Path tmp;
    static List<WasteReport> reports = new ArrayList<>();
    static WasteExpectations.Layout layout;
    static WasteGrowthReport growth;

    @BeforeAll
    static void findWasteInEachDump() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.WASTE_GROWTH, Variant.DEFAULT);
        List<String> names = new ArrayList<>();
        for (Path dump : set.dumps()) {
            try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp),
                    ProgressListener.NONE)) {
                HeapLayout l = index.facts().layout();
                layout = new WasteExpectations.Layout(l.headerBytes(), l.referenceBytes(), l.objectAlignment(),
                        l.arrayBaseOffset(BasicType.BYTE), l.arrayBaseOffset(BasicType.LONG));
                reports.add(Waste.find(index, WasteGrowth.perDump(Set.of())));
                names.add(dump.getFileName().toString());
            }
        }
        growth = WasteGrowth.compare(names, reports, WasteGrowthQuery.defaults());
    }

    @Test
    void theGrowingHoldersWasteWhatTheirPlantedCountsSayInEachDumpMostGrowthFirst() {
        List<String> expected = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (String owner : GROWING) {
            expected.add(row(owner, series(owner)));
            WasteSeries s = growing(owner, series(owner).kind());
            found.add(s == null ? owner + " not growing" : row(owner, s));
            ranks.add(growth.owners().indexOf(s));
        }
        assertEquals(expected, found, layout.toString());
        assertEquals(ranks.stream().sorted().toList(), ranks, "most growth first: " + growth.owners());
        WasteSeries samples = growth.owners().get(ranks.get(0));
        assertEquals(samples.bytes().get(1) - samples.bytes().get(0), samples.bytes().get(2) - samples.bytes().get(1),
                "the same waste per step");
    }

    @Test
    void theBoxesOfTheGrowingSamplesAreGrowingObjectOverheadToo() {
        assertTrue(growth.owners().stream().noneMatch(s -> s.kind() == WasteKind.OBJECT_OVERHEAD),
                "ranked only when asked for alone: " + growth.owners());
        List<WasteReport> overheadOnly = reports.stream().map(r -> new WasteReport(r.findings().stream()
                .filter(f -> f.kind() == WasteKind.OBJECT_OVERHEAD).toList(), r.graphBytes())).toList();
        WasteGrowthReport overhead = WasteGrowth.compare(List.of("a", "b", "c"), overheadOnly,
                WasteGrowthQuery.defaults());
        // each Long is header and padding but for its 8 bytes of payload, whoever holds it
        WasteSeries longs = overhead.owners().stream().filter(s -> s.name().equals("Long")).findFirst().orElse(null);
        assertTrue(longs != null, overhead.owners().toString());
        long perStep = WasteGrowthExpectations.SAMPLES_PER_STEP * (layout.boxedLong() - Long.BYTES);
        assertEquals(List.of(perStep, perStep), List.of(longs.bytes().get(1) - longs.bytes().get(0),
                longs.bytes().get(2) - longs.bytes().get(1)));
    }

    @Test
    void wasteMadeOnceIsInEveryDumpButDoesNotGrow() {
        long expected = WasteGrowthExpectations.of(layout, "Region.code", 1).wastedBytes();
        for (WasteReport report : reports) {
            assertEquals(expected, owner(report, WasteKind.DUPLICATE_STRINGS, "Region.code"));
        }
        assertTrue(expected > WasteGrowthQuery.DEFAULT_MIN_BYTES, "big enough to be reported, were it growing");
        assertTrue(growth.owners().stream().noneMatch(s -> s.name().equals("Region.code")), growth.owners().toString());
        assertTrue(growth.examples().stream().noneMatch(s -> s.name().startsWith("\"steady:")),
                growth.examples().toString());
    }

    @Test
    void eachGrowingCurrencyValueIsAGrowingExampleWithItsCopies() {
        int values = WasteGrowthExpectations.CURRENCY_LENGTHS.size();
        List<WasteSeries> currencies = growth.examples().stream().filter(s -> s.name().startsWith("\"growth:"))
                .toList();
        assertEquals(values, currencies.size(), growth.examples().toString());
        long copiesPerStep = WasteGrowthExpectations.INVOICES_PER_STEP / values;
        for (WasteSeries s : currencies) {
            assertEquals(List.of(copiesPerStep, 2 * copiesPerStep, 3 * copiesPerStep), s.objects(), s.name());
        }
    }

    @Test
    void theInspectionTotalsAreEachDumpsFindings() {
        for (WasteSeries total : growth.inspections()) {
            for (int d = 0; d < reports.size(); d++) {
                long bytes = reports.get(d).findings().stream().filter(f -> f.kind() == total.kind())
                        .mapToLong(f -> f.wastedBytes()).sum();
                assertEquals(bytes, total.bytes().get(d), total.kind() + " in dump " + d);
            }
        }
        assertEquals(WasteKind.values().length, growth.inspections().size());
    }

    private static WasteSeries series(String owner) {
        List<Long> objects = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int d = 1; d <= WasteGrowthExpectations.STEPS; d++) {
            Expectation e = WasteGrowthExpectations.of(layout, owner, d);
            objects.add(e.objects());
            bytes.add(e.wastedBytes());
        }
        Expectation e = WasteGrowthExpectations.of(layout, owner, 1);
        return new WasteSeries(WasteKind.byOption(e.inspection()), owner, objects, bytes);
    }

    private static WasteSeries growing(String owner, WasteKind kind) {
        return growth.owners().stream().filter(s -> s.name().equals(owner) && s.kind() == kind).findFirst()
                .orElse(null);
    }

    private static String row(String name, WasteSeries s) {
        return name + " " + s.kind().option() + " objects " + s.objects() + " bytes " + s.bytes();
    }

    private static long owner(WasteReport report, WasteKind kind, String name) {
        return report.findings().stream().filter(f -> f.kind() == kind).flatMap(f -> f.owners().stream())
                .filter(o -> o.name().equals(name)).mapToLong(WasteOwner::bytes).sum();
    }
}
