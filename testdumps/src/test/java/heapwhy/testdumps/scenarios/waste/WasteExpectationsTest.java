package heapwhy.testdumps.scenarios.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import heapwhy.testdumps.scenarios.waste.WasteExpectations.Expectation;
import heapwhy.testdumps.scenarios.waste.WasteExpectations.Layout;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The table's figures, worked out by hand (and by a separate script) for four layouts, so that a change of a
 * count or a formula shows here first; {@code WasteDumpsTest} ties the sizes to the JVM's histograms.
 */
class WasteExpectationsTest {
    /** owner, objects, bytes, wasted bytes: JDK 17 and 25 with compressed oops and class pointers. */
    private static final String DEFAULT = """
            Customer.country      20000  1216000  1215392
            Address.city           5000   120040   119976
            Tile.pixels            5000   400000   399920
            Attachment.content     3000   624000   623376
            Order.lines            5000   400000   400000
            Order.attributes       3000   144000   144000
            Account.preferences    4000   640000   240000
            Roster.slots           2000   288000   248000
            Metrics.samples       50000  1400016  1000000
            Reading.level          3000    72000    71976
            Packet.body            4000    64000    63984
            Flag                  30000   480000   450000
            """;
    private static final String NO_COMPRESSED_OOPS = """
            Customer.country      20000  1376000  1375312
            Address.city           5000   160040   159968
            Tile.pixels            5000   400000   399920
            Attachment.content     3000   624000   623376
            Order.lines            5000   640000   640000
            Order.attributes       3000   192000   192000
            Account.preferences    4000   992000   480000
            Roster.slots           2000   544000   496000
            Metrics.samples       50000  1600016  1200000
            Reading.level          3000    72000    71976
            Packet.body            4000    64000    63984
            Flag                  30000   480000   450000
            """;
    /** JDK 17: every array's elements start at 24. */
    private static final String NO_COMPRESSED_CLASS_POINTERS_17 = """
            Customer.country      20000  1536000  1535232
            Address.city           5000   160048   159968
            Tile.pixels            5000   440000   439912
            Attachment.content     3000   648000   647352
            Order.lines            5000   480000   480000
            Order.attributes       3000   144000   144000
            Account.preferences    4000   672000   240000
            Roster.slots           2000   304000   248000
            Metrics.samples       50000  1400024  1000000
            Reading.level          3000    72000    71976
            Packet.body            4000    96000    95976
            Flag                  30000   720000   690000
            """;
    /** JDK 22+: byte arrays' elements start at 20, so short byte[] are 8 bytes smaller than on JDK 17. */
    private static final String NO_COMPRESSED_CLASS_POINTERS_25 = """
            Customer.country      20000  1456000  1455272
            Address.city           5000   160048   159968
            Tile.pixels            5000   440000   439912
            Attachment.content     3000   632000   631368
            Order.lines            5000   480000   480000
            Order.attributes       3000   144000   144000
            Account.preferences    4000   672000   240000
            Roster.slots           2000   304000   248000
            Metrics.samples       50000  1400024  1000000
            Reading.level          3000    72000    71976
            Packet.body            4000    96000    95976
            Flag                  30000   720000   690000
            """;

    @Test
    void figuresOnEachLayoutAreTheOnesWorkedOutByHand() {
        assertTable(DEFAULT, Layout.hotspot(17, true, true));
        assertTable(DEFAULT, Layout.hotspot(25, true, true));
        assertTable(NO_COMPRESSED_OOPS, Layout.hotspot(17, false, true));
        assertTable(NO_COMPRESSED_CLASS_POINTERS_17, Layout.hotspot(17, true, false));
        assertTable(NO_COMPRESSED_CLASS_POINTERS_25, Layout.hotspot(25, true, false));
    }

    @Test
    void layoutGivesHotSpotsSizesOfTheJdkClasses() {
        Layout compressed = Layout.hotspot(17, true, true);
        assertEquals(List.of(24L, 24L, 48L, 32L, 24L, 16L, 16L, 56L, 80L),
                List.of(compressed.string(), compressed.arrayList(), compressed.hashMap(), compressed.hashMapNode(),
                        compressed.boxedLong(), WasteExpectations.flag(compressed), compressed.array(1, 0),
                        compressed.referenceArray(10), compressed.array(4, 16)));
        Layout wide = Layout.hotspot(17, false, true);
        assertEquals(List.of(32L, 32L, 64L, 40L, 24L, 16L, 16L, 96L, 80L),
                List.of(wide.string(), wide.arrayList(), wide.hashMap(), wide.hashMapNode(), wide.boxedLong(),
                        WasteExpectations.flag(wide), wide.array(1, 0), wide.referenceArray(10), wide.array(4, 16)));
        assertEquals(88, Layout.hotspot(17, true, false).array(4, 16), "24 + 64");
        assertEquals(32, Layout.hotspot(17, true, false).array(1, 3), "24 + 3, aligned");
        assertEquals(24, Layout.hotspot(25, true, false).array(1, 3), "20 + 3, aligned");
        assertEquals(24, Layout.hotspot(25, true, false).array(8, 0), "long elements stay 8-aligned");
    }

    @Test
    void plantedValuesAreDistinctOfTheirLengthsAndCountsDivideEvenly() {
        Set<String> values = new HashSet<>();
        for (int k = 0; k < WasteExpectations.COUNTRY_LENGTHS.size(); k++) {
            String value = WasteExpectations.countryValue(k);
            assertEquals(WasteExpectations.COUNTRY_LENGTHS.get(k), value.length());
            assertTrue(value.chars().allMatch(c -> c < 0x100), "Latin-1");
            assertTrue(values.add(value), value);
        }
        assertEquals(WasteExpectations.CITY_LENGTH, WasteExpectations.cityValue().length());
        assertEquals(0, WasteExpectations.CUSTOMERS % WasteExpectations.COUNTRY_LENGTHS.size());
        assertTrue(WasteExpectations.ORDERS_WITH_ATTRIBUTES < WasteExpectations.ORDERS);
        assertTrue(WasteExpectations.READING_LEVEL > 127 && WasteExpectations.FIRST_SAMPLE > 127,
                "beyond Long's cache");
        Set<String> owners = new HashSet<>();
        for (Expectation e : WasteExpectations.all(Layout.hotspot(17, true, true))) {
            assertTrue(owners.add(e.owner()), e.owner());
            assertTrue(e.wastedBytes() > 0 && e.wastedBytes() <= e.bytes(), e::toString);
        }
    }

    private static void assertTable(String table, Layout layout) {
        StringBuilder actual = new StringBuilder();
        for (Expectation e : WasteExpectations.all(layout)) {
            actual.append(String.format("%-20s %6d %8d %8d%n", e.owner(), e.objects(), e.bytes(), e.wastedBytes()));
        }
        StringBuilder expected = new StringBuilder();
        for (String line : table.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            expected.append(String.format("%-20s %6d %8d %8d%n", f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3])));
        }
        assertEquals(expected.toString(), actual.toString(), layout.toString());
    }
}
