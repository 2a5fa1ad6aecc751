package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import heapwhy.testdumps.scenarios.waste.WasteExpectations;
import heapwhy.testdumps.scenarios.waste.WasteExpectations.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WASTE's dump holds exactly what {@link WasteExpectations} plants, in the sizes its {@link Layout} computes,
 * by the JVM's own class histogram taken right before the dump: so the expected waste figures rest on the
 * JVM's numbers, not on the analyzer's.
 */
class WasteDumpsTest {
    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS",
            "OTHER_JDK"})
    void everyApplicationClassHasItsPlantedCountAndTheLayoutsSize(Variant variant) throws IOException {
        DumpSet set = produce(variant);
        Layout layout = layout(set);
        JvmHistogram histogram = JvmHistogram.read(set.jvmHistograms().get(0));
        List<String> problems = new ArrayList<>();
        Map<String, long[]> expected = WasteExpectations.applicationClasses(layout);
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            long count = e.getValue()[0];
            long bytes = count * e.getValue()[1];
            JvmHistogram.Row row = row(histogram, e.getKey());
            if (row == null || row.count() != count || row.bytes() != bytes) {
                problems.add(e.getKey() + ": JVM " + (row == null ? "none" : row.count() + "/" + row.bytes() + " B")
                        + ", expected " + count + "/" + bytes + " B");
            }
        }
        for (JvmHistogram.Row row : histogram.rows()) {
            if (row.javaName().startsWith(WasteExpectations.PACKAGE) && !expected.containsKey(row.javaName())) {
                problems.add("unexpected " + row.javaName() + " " + row.count());
            }
        }
        assertEquals(List.of(), problems, layout.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS",
            "OTHER_JDK"})
    void theJdksClassesHaveTheLayoutsSizesAndAtLeastThePlantedCounts(Variant variant) throws IOException {
        DumpSet set = produce(variant);
        Layout layout = layout(set);
        JvmHistogram histogram = JvmHistogram.read(set.jvmHistograms().get(0));
        List<String> problems = new ArrayList<>();
        // every instance of these classes has one size, so the histogram's bytes / count is that size
        sizeOfOne(histogram, "java.lang.String", layout.string(),
                WasteExpectations.CUSTOMERS + WasteExpectations.ADDRESSES, problems);
        sizeOfOne(histogram, "java.util.ArrayList", layout.arrayList(), WasteExpectations.ORDERS + 1, problems);
        sizeOfOne(histogram, "java.util.HashMap", layout.hashMap(),
                WasteExpectations.ORDERS_WITH_ATTRIBUTES + WasteExpectations.ACCOUNTS, problems);
        sizeOfOne(histogram, "java.util.HashMap$Node", layout.hashMapNode(), WasteExpectations.ACCOUNTS, problems);
        sizeOfOne(histogram, "java.lang.Long", layout.boxedLong(),
                WasteExpectations.SAMPLES + WasteExpectations.READINGS, problems);
        // arrays of primitives vary in length, so the planted ones are a lower bound on count and bytes
        long intArrays = WasteExpectations.TILES;
        long intBytes = WasteExpectations.of(layout, "Tile.pixels").bytes();
        atLeast(histogram, "int[]", intArrays, intBytes, problems);
        long byteArrays = WasteExpectations.CUSTOMERS + 1 + WasteExpectations.PACKETS
                + (long) WasteExpectations.ATTACHMENTS_PER_CONTENT * WasteExpectations.ATTACHMENT_LENGTHS.size();
        long byteBytes = WasteExpectations.of(layout, "Customer.country").bytes()
                - WasteExpectations.CUSTOMERS * layout.string()
                + layout.array(1, WasteExpectations.CITY_LENGTH)
                + WasteExpectations.of(layout, "Packet.body").bytes()
                + WasteExpectations.of(layout, "Attachment.content").bytes();
        atLeast(histogram, "byte[]", byteArrays, byteBytes, problems);
        assertEquals(List.of(), problems, layout.toString());
    }

    private static DumpSet produce(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK under /usr/lib/jvm");
        }
        DumpSet set = ScenarioDumps.produce(Scenario.WASTE, variant);
        assertEquals(1, set.dumps().size());
        return set;
    }

    /** The layout the scenario's JVM really ran with, from the flags it wrote down. */
    static Layout layout(DumpSet set) throws IOException {
        Properties run = new Properties();
        try (var r = Files.newBufferedReader(set.dumps().get(0).resolveSibling("run.properties"))) {
            run.load(r);
        }
        return Layout.hotspot(ChildJvm.feature(set.javaVersion()),
                Boolean.parseBoolean(run.getProperty("flag.UseCompressedOops")),
                Boolean.parseBoolean(run.getProperty("flag.UseCompressedClassPointers")));
    }

    private static JvmHistogram.Row row(JvmHistogram histogram, String javaName) {
        List<JvmHistogram.Row> rows = histogram.rows().stream().filter(r -> r.javaName().equals(javaName)).toList();
        assertTrue(rows.size() <= 1, () -> javaName + " in several loaders");
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void sizeOfOne(JvmHistogram histogram, String javaName, long size, long planted,
                                  List<String> problems) {
        JvmHistogram.Row row = row(histogram, javaName);
        if (row == null || row.count() < planted || row.bytes() != row.count() * size) {
            problems.add(javaName + ": JVM " + (row == null ? "none" : row.count() + "/" + row.bytes() + " B")
                    + ", expected at least " + planted + " of " + size + " B each");
        }
    }

    private static void atLeast(JvmHistogram histogram, String javaName, long count, long bytes,
                                List<String> problems) {
        JvmHistogram.Row row = row(histogram, javaName);
        if (row == null || row.count() < count || row.bytes() < bytes) {
            problems.add(javaName + ": JVM " + (row == null ? "none" : row.count() + "/" + row.bytes() + " B")
                    + ", expected at least " + count + "/" + bytes + " B");
        }
    }
}
