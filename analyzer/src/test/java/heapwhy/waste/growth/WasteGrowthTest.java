package heapwhy.waste.growth;

import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WasteGrowthTest {
    private static final long KB = 1024;

    /** One dump's report: duplicate strings held by the given owners (name, bytes), each value "v" + owner. */
    private static WasteReport dump(Object... ownerAndBytes) {
        List<WasteOwner> owners = new ArrayList<>();
        List<WasteExample> examples = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < ownerAndBytes.length; i += 2) {
            String name = (String) ownerAndBytes[i];
            long bytes = (Long) ownerAndBytes[i + 1];
            owners.add(new WasteOwner(name, bytes / 100, bytes, 1));
            examples.add(new WasteExample("\"v" + name + "\"", bytes / 100 + 1, bytes));
            total += bytes;
        }
        return new WasteReport(List.of(new WasteFinding(WasteKind.DUPLICATE_STRINGS, total / 100, total,
                owners.size(), owners, examples)), 100_000 * KB);
    }

    private static List<String> names(List<WasteSeries> rows) {
        return rows.stream().map(WasteSeries::name).toList();
    }

    @Test
    void holdersAreMatchedByNameAndADumpThatLacksOneCountsZero() {
        WasteGrowthReport report = WasteGrowth.compare(List.of("a", "b", "c"), List.of(
                dump("A.x", 100 * KB), dump("A.x", 200 * KB, "B.y", 100 * KB), dump("B.y", 300 * KB, "A.x", 300 * KB)),
                WasteGrowthQuery.defaults());
        assertEquals(List.of("B.y", "A.x"), names(report.owners()), "the most growth first");
        assertEquals(List.of(0L, 100 * KB, 300 * KB), report.owners().get(0).bytes());
        assertEquals(List.of(100 * KB, 200 * KB, 300 * KB), report.owners().get(1).bytes());
        assertEquals(List.of(100 * KB, 300 * KB, 600 * KB), report.inspections().get(0).bytes());
        assertEquals(List.of("\"vB.y\"", "\"vA.x\""), names(report.examples()));
        assertEquals(List.of(1_025L, 2_049L, 3_073L), report.examples().get(1).objects(), "copies of \"vA.x\"");
    }

    /** One dump's report with duplicate strings held by A.x and object overhead of class Point, both of bytes. */
    private static WasteReport withOverhead(long bytes) {
        WasteFinding strings = dump("A.x", bytes).findings().get(0);
        WasteFinding overhead = new WasteFinding(WasteKind.OBJECT_OVERHEAD, bytes / 16, bytes, 1,
                List.of(new WasteOwner("Point", bytes / 16, bytes, 1)), List.of());
        return new WasteReport(List.of(strings, overhead), 100_000 * KB);
    }

    @Test
    void objectOverheadIsRankedOnlyWhenItIsTheOneInspectionAskedFor() {
        List<WasteReport> reports = List.of(withOverhead(100 * KB), withOverhead(300 * KB));
        WasteGrowthReport all = WasteGrowth.compare(List.of("a", "b"), reports, WasteGrowthQuery.defaults());
        assertEquals(List.of("A.x"), names(all.owners()));
        assertEquals(2, all.inspections().size(), "its total is still shown");
        List<WasteReport> overheadOnly = reports.stream().map(r -> new WasteReport(r.findings().subList(1, 2),
                r.graphBytes())).toList();
        assertEquals(List.of("Point"), names(WasteGrowth.compare(List.of("a", "b"), overheadOnly,
                WasteGrowthQuery.defaults()).owners()));
    }

    @Test
    void wasteThatGrowsInOneIntervalOnlyIsNotGrowingWithThreeDumpsButIsWithTwo() {
        List<WasteReport> reports = List.of(dump("Once.filled", 100 * KB, "Steady.x", 500 * KB),
                dump("Once.filled", 900 * KB, "Steady.x", 500 * KB), dump("Once.filled", 900 * KB, "Steady.x", 500 * KB));
        assertEquals(List.of(), WasteGrowth.compare(List.of("a", "b", "c"), reports, WasteGrowthQuery.defaults()).owners());
        assertEquals(List.of("Once.filled"), names(WasteGrowth.compare(List.of("a", "b"), reports.subList(0, 2),
                WasteGrowthQuery.defaults()).owners()));
    }

    @Test
    void growthBelowTheMinimumIsNotReportedAndTopCutsTheRestIntoAMoreCount() {
        List<WasteReport> reports = List.of(dump("Small.x", 10 * KB, "Big.x", 100 * KB, "Mid.x", 100 * KB),
                dump("Small.x", 20 * KB, "Big.x", 300 * KB, "Mid.x", 200 * KB));
        WasteGrowthReport defaults = WasteGrowth.compare(List.of("a", "b"), reports, WasteGrowthQuery.defaults());
        assertEquals(List.of("Big.x", "Mid.x"), names(defaults.owners()), "Small.x grew by 10 KB only");
        WasteGrowthReport top1 = WasteGrowth.compare(List.of("a", "b"), reports, new WasteGrowthQuery(0, 0, 1));
        assertEquals(List.of("Big.x"), names(top1.owners()));
        assertEquals(2, top1.moreOwners(), "Mid.x and, with no minimum, Small.x");
    }

    @Test
    void anInspectionBelowTheShareOfTheNewestHeapIsLeftOutWithItsHolders() {
        List<WasteReport> reports = List.of(dump("A.x", 100 * KB), dump("A.x", 1_000 * KB));
        WasteGrowthReport report = WasteGrowth.compare(List.of("a", "b"), reports, new WasteGrowthQuery(0, 2, 10));
        assertEquals(List.of(), report.inspections(), "1 % of the heap");
        assertEquals(List.of(), report.owners());
        assertEquals(1, WasteGrowth.compare(List.of("a", "b"), reports, new WasteGrowthQuery(0, 1, 10))
                .inspections().size());
    }

    @Test
    void oneDumpIsNotAComparison() {
        assertThrows(IllegalArgumentException.class, () -> WasteGrowth.compare(List.of("a"), List.of(dump()),
                WasteGrowthQuery.defaults()));
    }
}
