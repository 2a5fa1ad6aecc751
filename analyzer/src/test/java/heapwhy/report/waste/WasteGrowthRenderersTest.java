package heapwhy.report.waste;

import heapwhy.waste.WasteKind;
import heapwhy.waste.growth.WasteGrowthQuery;
import heapwhy.waste.growth.WasteGrowthReport;
import heapwhy.waste.growth.WasteSeries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WasteGrowthRenderersTest {
    private static final long MB = 1024 * 1024;

    private static WasteGrowthReport report() {
        WasteSeries strings = new WasteSeries(WasteKind.DUPLICATE_STRINGS, "Duplicate strings",
                List.of(100L, 200L, 300L), List.of(2 * MB, 3 * MB, 4 * MB));
        WasteSeries empty = new WasteSeries(WasteKind.EMPTY_COLLECTIONS, "Empty collections",
                List.of(10L, 10L, 10L), List.of(MB / 2, MB / 2, MB / 2));
        WasteSeries country = new WasteSeries(WasteKind.DUPLICATE_STRINGS, "Customer.country",
                List.of(5_997L, 11_997L, 17_997L), List.of(MB + MB / 5, 2 * MB + 2 * MB / 5, 3 * MB + 3 * MB / 5));
        WasteSeries value = new WasteSeries(WasteKind.DUPLICATE_STRINGS, "\"DE\nx\"", List.of(2_000L, 4_000L, 6_000L),
                List.of(MB / 4, MB / 2, 3 * MB / 4));
        return new WasteGrowthReport(List.of("a.hprof", "b.hprof", "my c.hprof"), List.of(10 * MB, 12 * MB, 14 * MB),
                List.of(3 * MB, 4 * MB, 5 * MB), WasteGrowthQuery.defaults(), List.of(strings, empty),
                List.of(country), 0, List.of(value), 2, List.of());
    }

    @Test
    void textNamesTheDumpsTheInspectionsAndEachGrowingHolderWithItsGrowthPerInterval() {
        String nl = System.lineSeparator();
        String expected = String.join(nl,
                "Waste growth: 3 dumps, oldest first",
                "  A = a.hprof  (reachable heap 10.0 MB, waste 3.0 MB)",
                "  B = b.hprof  (reachable heap 12.0 MB, waste 4.0 MB)",
                "  C = my c.hprof  (reachable heap 14.0 MB, waste 5.0 MB)",
                "",
                "Waste per inspection, A → B → C:",
                "  Duplicate strings  2.0 MB → 3.0 MB → 4.0 MB         +2.0 MB (+1.0 MB per interval)",
                "  Empty collections  512.0 KB → 512.0 KB → 512.0 KB   0 B (0 B per interval)",
                "",
                "1 holder wastes more and more (grew in every interval by 64.0 KB or more), the most growth first.",
                "",
                "#1 Customer.country: duplicate strings 1.2 MB → 2.4 MB → 3.6 MB   +2.4 MB (+1.2 MB per interval)",
                "   objects 5,997 → 11,997 → 17,997   +12,000 (+6,000 per interval)",
                "   look closer: heapwhy waste --inspection duplicate-strings 'my c.hprof'",
                "",
                "Values and types whose waste grew in every interval by 64.0 KB or more:",
                "  \"DE\\u000ax\": duplicate strings 256.0 KB → 512.0 KB → 768.0 KB   +512.0 KB (+256.0 KB per interval)",
                "     copies 2,000 → 4,000 → 6,000   +4,000 (+2,000 per interval)",
                "  … and 2 more (--top shows more).",
                "");
        assertEquals(expected, WasteGrowthText.format(report()));
    }

    @Test
    void textSaysSoWhenNoHolderGrows() {
        WasteGrowthReport r = report();
        WasteGrowthReport none = new WasteGrowthReport(r.dumps(), r.heapBytes(), r.wastedBytes(), r.query(),
                r.inspections(), List.of(), 0, List.of(), 0, List.of());
        assertTrue(WasteGrowthText.format(none).contains("No holder's waste grew in every interval by 64.0 KB or more: "
                + "the waste stays as it is, a cost rather than a leak. (What each dump wastes: heapwhy waste "
                + "'my c.hprof')"), WasteGrowthText.format(none));
    }

    @Test
    void csvHasATotalRowPerInspectionAndARowPerGrowingHolderAndValue() {
        List<String> expected = List.of(
                "kind,row,name,objects_A,objects_B,objects_C,bytes_A,bytes_B,bytes_C,objects_growth,bytes_growth",
                "duplicate-strings,total,,100,200,300,2097152,3145728,4194304,200,2097152",
                "empty-collections,total,,10,10,10,524288,524288,524288,0,0",
                "duplicate-strings,owner,Customer.country,5997,11997,17997,1258291,2516582,3774873,12000,2516582",
                "duplicate-strings,example,\"\"\"DE\\u000ax\"\"\",2000,4000,6000,262144,524288,786432,4000,524288");
        assertEquals(expected, WasteGrowthCsv.format(report()).lines().toList());
    }

    @Test
    void jsonHasSeriesPerDumpAndWhetherEachInspectionGrows() {
        String json = WasteGrowthJson.format(report());
        assertTrue(json.contains("\"file\": \"my c.hprof\""), json);
        assertTrue(json.contains("\"wasted_bytes\": [1258291, 2516582, 3774873]"), json);
        assertTrue(json.contains("\"kind\": \"empty-collections\""), json);
        assertTrue(json.contains("\"grows\": true") && json.contains("\"grows\": false"), json);
        assertTrue(json.contains("\"name\": \"Customer.country\""), json);
        assertTrue(json.contains("\"more_examples\": 2"), json);
        assertTrue(json.contains("\"name\": \"\\\"DE\\nx\\\"\""), json);
    }
}
