package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import heapwhy.testdumps.scenarios.waste.WasteExpectations;
import heapwhy.testdumps.scenarios.waste.WasteExpectations.Layout;
import heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * WASTE_GROWTH's three dumps hold what {@link WasteGrowthExpectations} plants by step, in the sizes of WASTE's
 * layout, by the JVM's own class histogram taken right before each dump.
 */
class WasteGrowthDumpsTest {
    @Test
    void eachDumpHoldsThePlantedCountsOfItsStep() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.WASTE_GROWTH, Variant.DEFAULT);
        assertEquals(WasteGrowthExpectations.STEPS, set.dumps().size());
        Layout layout = WasteDumpsTest.layout(set);
        List<String> problems = new ArrayList<>();
        for (int d = 1; d <= WasteGrowthExpectations.STEPS; d++) {
            Map<String, Long> expected = expected(layout, d);
            Map<String, Long> found = new TreeMap<>();
            for (JvmHistogram.Row row : JvmHistogram.read(set.jvmHistograms().get(d - 1)).rows()) {
                String name = row.javaName();
                if (name.startsWith(WasteExpectations.PACKAGE) && !name.contains("$")) {
                    found.put(name.substring(WasteExpectations.PACKAGE.length() + 1), row.bytes());
                    found.put("#" + name.substring(WasteExpectations.PACKAGE.length() + 1), row.count());
                }
            }
            if (!expected.equals(found)) {
                problems.add("dump " + d + ": expected " + expected + ", JVM " + found);
            }
        }
        assertEquals(List.of(), problems, layout.toString());
    }

    /** Class (without package) to its bytes, "#" + class to its count. */
    private static Map<String, Long> expected(Layout layout, int d) {
        Map<String, Long> m = new TreeMap<>();
        long invoices = (long) d * WasteGrowthExpectations.INVOICES_PER_STEP;
        long baskets = (long) d * WasteGrowthExpectations.BASKETS_PER_STEP;
        long regions = WasteGrowthExpectations.REGIONS;
        put(m, "Invoice", invoices, invoices * layout.holder(1));
        put(m, "Basket", baskets, baskets * layout.holder(1));
        put(m, "Region", regions, regions * layout.holder(1));
        put(m, "Meter", 1, layout.holder(1));
        put(m, "Invoice[]", 1, layout.referenceArray(invoices));
        put(m, "Basket[]", 1, layout.referenceArray(baskets));
        put(m, "Region[]", 1, layout.referenceArray(regions));
        return m;
    }

    private static void put(Map<String, Long> m, String name, long count, long bytes) {
        m.put(name, bytes);
        m.put("#" + name, count);
    }
}
