package heapwhy.testdumps;

import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ADDRESSES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ATTACHMENTS_PER_CONTENT;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ATTACHMENT_LENGTHS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.CITY_LENGTH;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.COUNTRY_LENGTHS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.CUSTOMERS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ORDERS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ORDERS_WITH_ATTRIBUTES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.PACKAGE;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.PACKETS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.TILES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.attachmentContent;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.cityValue;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.copiesPerCountry;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.countryValue;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.tilePixels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import heapwhy.testdumps.DumpScan.Instance;
import heapwhy.testdumps.scenarios.waste.WasteExpectations.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What WASTE's dump holds beyond what a class histogram tells: which planted Strings share a value array and
 * which have their own, and that no other object in the dump (a literal, a JDK array) has a planted content,
 * so that the duplicate figures of {@code WasteExpectations} are the whole dump's for those contents.
 */
class WasteDumpContentsTest {
    private static final String P = PACKAGE + ".";

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS",
            "OTHER_JDK"})
    void plantedStringsAndArraysAreWhereAndAsManyAsTheTableSays(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK under /usr/lib/jvm");
        }
        DumpSet set = ScenarioDumps.produce(Scenario.WASTE, variant);
        DumpScan scan = DumpScan.read(set.dumps().get(0),
                Set.of(P + "Customer", P + "Address", P + "Tile", P + "Attachment", P + "Order", P + "Packet"));
        Map<Long, Instance> strings = scan.strings();
        Map<Long, byte[]> bytes = scan.byteArrays();

        // Customer.country: a String and a byte[] of its own per customer, COUNTRY_LENGTHS.size() contents
        List<Long> countries = field(scan, "Customer", "country");
        assertEquals(CUSTOMERS, new HashSet<>(countries).size(), "distinct country Strings");
        Set<Long> countryArrays = new HashSet<>();
        Map<String, Integer> copies = new TreeMap<>();
        for (long s : countries) {
            Instance string = strings.get(s);
            assertEquals(0L, string.fields().get("coder"), "Latin-1");
            long array = string.fields().get("value");
            countryArrays.add(array);
            copies.merge(new String(bytes.get(array), StandardCharsets.ISO_8859_1), 1, Integer::sum);
        }
        assertEquals(CUSTOMERS, countryArrays.size(), "distinct country arrays");
        Map<String, Integer> expected = new TreeMap<>();
        for (int k = 0; k < COUNTRY_LENGTHS.size(); k++) {
            assertEquals(COUNTRY_LENGTHS.get(k), countryValue(k).length());
            expected.put(countryValue(k), copiesPerCountry());
        }
        assertEquals(expected, copies);
        for (String value : expected.keySet()) {
            assertEquals(copiesPerCountry(), count(bytes, value.getBytes(StandardCharsets.ISO_8859_1)),
                    "byte[] in the whole dump holding " + value);
        }

        // Address.city: distinct Strings sharing one byte[], the only one in the dump with that content
        List<Long> cities = field(scan, "Address", "city");
        assertEquals(ADDRESSES, new HashSet<>(cities).size(), "distinct city Strings");
        Set<Long> cityArrays = new HashSet<>();
        for (long s : cities) {
            cityArrays.add(strings.get(s).fields().get("value"));
        }
        assertEquals(1, cityArrays.size(), "String(String) shares its argument's array");
        long cityArray = cityArrays.iterator().next();
        assertEquals(cityValue(), new String(bytes.get(cityArray), StandardCharsets.ISO_8859_1));
        assertEquals(CITY_LENGTH, cityValue().length());
        assertEquals(1, count(bytes, cityValue().getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(ADDRESSES, strings.values().stream().filter(s -> s.fields().get("value") == cityArray).count(),
                "Strings whose value is the city's array");

        // Tile.pixels: TILES distinct int[16] of one content, which no other int[] in the dump has
        List<Long> pixels = field(scan, "Tile", "pixels");
        assertEquals(TILES, new HashSet<>(pixels).size());
        for (long a : pixels) {
            assertEquals(Arrays.toString(tilePixels()), Arrays.toString(scan.intArrays().get(a)));
        }
        assertEquals(TILES, scan.intArrays().values().stream().filter(a -> Arrays.equals(a, tilePixels())).count());

        // Attachment.content: three contents, each in exactly ATTACHMENTS_PER_CONTENT arrays of the dump
        List<Long> contents = field(scan, "Attachment", "content");
        assertEquals(ATTACHMENTS_PER_CONTENT * ATTACHMENT_LENGTHS.size(), new HashSet<>(contents).size());
        for (int g = 0; g < ATTACHMENT_LENGTHS.size(); g++) {
            assertEquals(ATTACHMENT_LENGTHS.get(g), attachmentContent(g).length);
            assertEquals(ATTACHMENTS_PER_CONTENT, count(bytes, attachmentContent(g)), "attachment content " + g);
        }

        // Order: every lines list present, attributes only on the first ORDERS_WITH_ATTRIBUTES
        List<Long> lines = field(scan, "Order", "lines");
        assertEquals(ORDERS, lines.stream().filter(id -> id != 0).distinct().count());
        assertEquals(ORDERS_WITH_ATTRIBUTES,
                field(scan, "Order", "attributes").stream().filter(id -> id != 0).distinct().count());

        // Packet.body: a zero-length byte[] of its own each
        List<Long> bodies = field(scan, "Packet", "body");
        assertEquals(PACKETS, new HashSet<>(bodies).size());
        assertEquals(List.of(0), bodies.stream().map(id -> bytes.get(id).length).distinct().toList());
    }

    /**
     * The histogram cannot split int[] and byte[] by owner, but it can check the array size formula on every
     * array of the dump: the layout's sizes of all the dump's int[] add up to the JVM's int[] bytes, exactly
     * unless the JVM also counted GC fillers (JDK 22+ names them {@code FillerElement[]}, a dump writes them as
     * int[]), and those of all byte[] to within the arrays the JVM makes between histogram and dump: up to 64
     * arrays and 16 KB (9 arrays, 648 B were seen). A wrong size formula is off by 8 bytes or more on thousands
     * of the dump's 36,000 byte[], far beyond that bound.
     */
    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS",
            "OTHER_JDK"})
    void everyPrimitiveArrayOfTheDumpSizedByTheLayoutAddsUpToTheJvmsHistogram(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK under /usr/lib/jvm");
        }
        DumpSet set = ScenarioDumps.produce(Scenario.WASTE, variant);
        Layout layout = WasteDumpsTest.layout(set);
        DumpScan scan = DumpScan.read(set.dumps().get(0), Set.of());
        JvmHistogram histogram = JvmHistogram.read(set.jvmHistograms().get(0));
        long fillers = histogram.count("jdk.internal.vm.FillerElement[]");
        long[] ints = {scan.intArrays().size(),
                scan.intArrays().values().stream().mapToLong(a -> layout.array(4, a.length)).sum()};
        long[] jvmInts = {histogram.count("int[]") + fillers,
                bytes(histogram, "int[]") + bytes(histogram, "jdk.internal.vm.FillerElement[]")};
        if (fillers == 0) {
            assertEquals(Arrays.toString(jvmInts), Arrays.toString(ints), layout.toString());
        } else {
            assertWithin(jvmInts, ints, layout);
        }
        long[] bytes = {scan.byteArrays().size(),
                scan.byteArrays().values().stream().mapToLong(a -> layout.array(1, a.length)).sum()};
        assertWithin(new long[] {histogram.count("byte[]"), bytes(histogram, "byte[]")}, bytes, layout);
    }

    private static void assertWithin(long[] jvm, long[] dump, Layout layout) {
        assertTrue(Math.abs(jvm[0] - dump[0]) <= 64 && Math.abs(jvm[1] - dump[1]) <= 16 * 1024,
                () -> "JVM " + Arrays.toString(jvm) + ", dump " + Arrays.toString(dump) + " on " + layout);
    }

    private static long bytes(JvmHistogram histogram, String javaName) {
        return histogram.rows().stream().filter(r -> r.javaName().equals(javaName))
                .mapToLong(JvmHistogram.Row::bytes).sum();
    }

    private static List<Long> field(DumpScan scan, String simpleName, String field) {
        List<Instance> instances = scan.instances(P + simpleName);
        return instances.stream().map(i -> i.fields().get(field)).toList();
    }

    private static long count(Map<Long, byte[]> arrays, byte[] content) {
        return arrays.values().stream().filter(a -> Arrays.equals(a, content)).count();
    }
}
