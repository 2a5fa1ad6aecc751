package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static heapwhy.waste.WasteHeaps.latin1;
import static heapwhy.waste.WasteHeaps.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Waste on a hand-made heap whose figures were worked out by hand (12-byte headers, 4-byte references, 8-byte
 * alignment):
 *
 * <pre>
 * String {value, coder}           12 + 4 + 1 = 17 → 24     byte[7] "Germany" 16 + 7 → 24, byte[6] "Berlin" → 24
 * Customer {country, name, orders} 12 + 12 = 24             int[3] 16 + 12 = 28 → 32
 * ArrayList {elementData, size}    12 + 8 = 20 → 24         Object[0] 16, int[0] 16
 * HashMap {table, size} 24; HashMap$Node {key, value, next, hash} 12 + 16 = 28 → 32; HashSet {map} 16
 *
 * c1.country = "Germany" (own array), c2.country = "Germany" (own array), c3.country = "Germany" (c2's array)
 * c1.name = a UTF-16 String whose bytes are those of "Germany": other text, no duplicate
 * static Catalog.NAMES = HashMap {"a" → "Berlin", "b" → "Berlin"} (each Berlin its own array)
 * static Catalog.DATA = Object[] {int[]{1,2,3}, int[]{1,2,3}, int[]{1,2,3}, int[]{1,2,4}, int[0], int[0]}
 * c1.orders = ArrayList of 1 (Object[1]), c2.orders, c3.orders = empty ArrayLists (each its own Object[0])
 * static Catalog.TAGS = an empty HashSet of an empty HashMap
 * </pre>
 */
class WasteTest {
    @TempDir
    static Path tmp;

    private static Path dump;

    @BeforeAll
    static void writeDump() {
        SyntheticHeap h = WasteHeaps.heap();
        h.declareArrayClass("[I");
        WasteHeaps.declareListAndMap(h);
        long customer = h.declareClass("com/example/Customer").field("country", BasicType.OBJECT)
                .field("name", BasicType.OBJECT).field("orders", BasicType.OBJECT).define();
        h.declareClass("java/util/HashSet").field("map", BasicType.OBJECT).define();

        long germany1 = latin1(h, "Germany");
        long germany2 = latin1(h, "Germany");
        long sharedArray = h.primitiveArray("Germany".getBytes(StandardCharsets.ISO_8859_1));
        long germany3 = string(h, sharedArray, 0);
        long germany4 = string(h, sharedArray, 0);
        long utf16 = string(h, h.primitiveArray("Germany".getBytes(StandardCharsets.ISO_8859_1)), 1);

        long full = h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;", utf16))
                .set("size", 1).add();
        long empty2 = h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;"))
                .set("size", 0).add();
        long empty3 = h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;"))
                .set("size", 0).add();
        long c1 = h.instance(customer).set("country", germany1).set("name", utf16).set("orders", full).add();
        long c2 = h.instance(customer).set("country", germany2).set("orders", empty2).add();
        long c3 = h.instance(customer).set("country", germany3).set("orders", empty3).add();
        long c4 = h.instance(customer).set("country", germany4).add();

        long n1 = h.instance("java/util/HashMap$Node").set("key", latin1(h, "a")).set("value", latin1(h, "Berlin"))
                .add();
        long n2 = h.instance("java/util/HashMap$Node").set("key", latin1(h, "b")).set("value", latin1(h, "Berlin"))
                .add();
        long names = h.instance("java/util/HashMap").set("table", h.objectArray("[Ljava/util/HashMap$Node;", n1, n2))
                .set("size", 2).add();
        long data = h.objectArray("[Ljava/lang/Object;", h.primitiveArray(new int[]{1, 2, 3}),
                h.primitiveArray(new int[]{1, 2, 3}), h.primitiveArray(new int[]{1, 2, 3}),
                h.primitiveArray(new int[]{1, 2, 4}), h.primitiveArray(new int[0]), h.primitiveArray(new int[0]));
        long tags = h.instance("java/util/HashSet").set("map", h.instance("java/util/HashMap").set("size", 0).add())
                .add();
        h.declareClass("com/example/Catalog").staticObject("NAMES", names).staticObject("DATA", data)
                .staticObject("TAGS", tags).define();
        long customers = h.objectArray("[Ljava/lang/Object;", c1, c2, c3, c4);
        h.root(RootKind.JNI_GLOBAL, customers, 1);
        h.root(RootKind.STICKY_CLASS, h.classId("com/example/Catalog"));
        dump = h.writeTo(tmp.resolve("waste.hprof"));
    }

    private static WasteFinding find(WasteKind kind) throws IOException {
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteReport report = Waste.find(index, new WasteQuery(Set.of(kind), 10));
            assertEquals(1, report.findings().size());
            return report.findings().get(0);
        }
    }

    @Test
    void duplicateStringsCountEveryCopyButOneAndAnArrayTheyShareOnce() throws IOException {
        WasteFinding f = find(WasteKind.DUPLICATE_STRINGS);
        // Germany: 4 Strings, 3 arrays → 3 Strings and 2 arrays wasted; Berlin: 1 String and 1 array
        assertEquals(4, f.objects());
        assertEquals(3 * 24 + 2 * 24 + 24 + 24, f.wastedBytes());
        assertEquals(2, f.distinct());
        assertEquals(List.of(new WasteExample("\"Germany\"", 4, 5 * 24), new WasteExample("\"Berlin\"", 2, 48)),
                f.examples());
        assertEquals(List.of(new OwnerRow("Customer.country", 3, 120),
                new OwnerRow("static Catalog.NAMES (HashMap values)", 1, 48)), OwnerRow.of(f.owners()));
    }

    @Test
    void eachOwnersExampleIsOneOfTheWastedObjectsItHolds() throws IOException {
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteReport report = Waste.find(index, new WasteQuery(Set.of(WasteKind.DUPLICATE_STRINGS,
                    WasteKind.EMPTY_COLLECTIONS), 10));
            Map<String, String> classOfExample = new HashMap<>();
            for (WasteFinding f : report.findings()) {
                for (WasteOwner o : f.owners()) {
                    int node = index.findObject(o.exampleId());
                    assertNotEquals(HeapIndex.NOT_FOUND, node, o.name());
                    classOfExample.put(o.name(), index.classOf(node).name());
                }
            }
            assertEquals(Map.of("Customer.country", "java.lang.String",
                    "static Catalog.NAMES (HashMap values)", "java.lang.String",
                    "Customer.orders", "java.util.ArrayList", "static Catalog.TAGS", "java.util.HashSet"),
                    classOfExample);
        }
    }

    @Test
    void duplicateArraysLeaveStringsValuesAndEmptyArraysToTheirOwnInspections() throws IOException {
        WasteFinding f = find(WasteKind.DUPLICATE_ARRAYS);
        assertEquals(2, f.objects());
        assertEquals(2 * 32, f.wastedBytes());
        assertEquals(List.of(new WasteExample("int[3]", 3, 64)), f.examples());
        assertEquals(List.of(new OwnerRow("static Catalog.DATA (Object[] elements)", 2, 64)), OwnerRow.of(f.owners()));
    }

    @Test
    void emptyCollectionsWasteWhatTheyRetainAndASetsInnerMapIsNotCountedTwice() throws IOException {
        WasteFinding f = find(WasteKind.EMPTY_COLLECTIONS);
        assertEquals(3, f.objects());
        assertEquals(2 * (24 + 16) + (16 + 24), f.wastedBytes());
        assertEquals(List.of(new WasteExample("java.util.ArrayList", 2, 80), new WasteExample("java.util.HashSet", 1, 40)),
                f.examples());
        assertEquals(List.of(new OwnerRow("Customer.orders", 2, 80), new OwnerRow("static Catalog.TAGS", 1, 40)),
                OwnerRow.of(f.owners()));
    }

    @Test
    void zeroLengthArraysBeyondOnePerTypeAreWasteButAnEmptyCollectionsOwnIsCountedWithIt() throws IOException {
        WasteFinding f = find(WasteKind.ZERO_LENGTH_ARRAYS);
        // the two Object[0] are c2's and c3's empty lists' own: empty collections count them
        assertEquals(1, f.objects());
        assertEquals(16, f.wastedBytes());
        assertEquals(List.of(new WasteExample("int[0]", 2, 16)), f.examples());
    }
}
