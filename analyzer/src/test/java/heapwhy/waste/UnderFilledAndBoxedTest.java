package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Under-filled collections and arrays and boxed numbers on a hand-made heap, figures worked out by hand
 * (12-byte headers, 4-byte references, 8-byte alignment, arrays' elements from offset 16):
 *
 * <pre>
 * Long {long value} 12 + 8 = 20 → 24; Object[4] 16 + 16 = 32, Object[8] 48; long[4] 16 + 32 = 48, long[8] 80
 *
 * static Store.CACHE  = HashMap size 1, Node[16] with one node      under-filled: 15 empty slots × 4 = 60
 * static Store.FULL   = HashMap size 4, Node[16] with four nodes    a quarter full: not below, nothing
 * static Store.LIST   = ArrayList size 2, Object[10] with 2 items   under-filled: (10 - 2) × 4 = 32
 * static Store.EMPTY  = ArrayList size 0, Object[10]                empty (EMPTY_COLLECTIONS'), and its array
 *                                                                   is its own: nothing
 * static Store.SET    = HashSet of a HashMap size 1, Node[32]        under-filled: 31 × 4 = 124, named by the set
 * static Store.QUEUE  = ArrayDeque head 2 tail 4, Object[16]        under-filled: 14 × 4 = 56
 * static Store.TABLE  = Hashtable count 1, 16 slots, one used      under-filled: 15 × 4 = 60
 * static Store.COUNTED = ConcurrentHashMap baseCount 1 with counter cells, 16 slots: its size is not known
 *                      for sure: nothing (nor is its table judged as a plain array)
 * static Store.SLOTS  = Object[8] with 2 items                      6 of 8 null (3/4): 6 × 4 = 24
 * static Store.SMALL  = Object[7] with 1 item                       shorter than 8: nothing
 * static Store.HALF   = Object[8] with 3 items                      5 of 8 null: nothing
 * static Store.SAME   = Object[8], one item in 3 slots              5 of 8 null (slots, not objects): nothing
 *
 * static Stats.SAMPLES = ArrayList size 3, Object[4] {Long 1000, Long 1001, Long 1002}
 *                        boxed: 3 × (24 + 4 - 8) = 60 (a quarter empty: not under-filled)
 * static Stats.FEW     = Object[8] {Long 2000}: boxed 1 × (24 + 4 - 8) = 20; under-filled 7 × 4 = 28, so the
 *                        two add up to what a long[1] would save: 72 - 24 = 48, no slot counted twice
 * static Stats.CACHED  = Object[4] {Long 1, 2, 3, -128}: values the JDK caches, shared boxes: nothing (as the
 *                        JDK's own caches, arrays of such boxes, are not)
 * Reading.level        = Long 2000, Long 2000 (equal to FEW's, which that array counted), Long 1000 (equal to
 *                        a SAMPLES box, counted the same way), Long 5, Long 5 (cached)
 *                        boxed: the second Long 2000, 24
 * </pre>
 */
class UnderFilledAndBoxedTest {
    @TempDir
    static Path tmp;

    private static Path dump;

    @BeforeAll
    static void writeDump() {
        SyntheticHeap h = WasteHeaps.heap();
        WasteHeaps.declareListAndMap(h);
        h.declareClass("java/util/ArrayDeque").field("elements", BasicType.OBJECT).field("head", BasicType.INT)
                .field("tail", BasicType.INT).define();
        h.declareClass("java/util/HashSet").field("map", BasicType.OBJECT).define();
        h.declareClass("java/util/Hashtable").field("table", BasicType.OBJECT).field("count", BasicType.INT).define();
        h.declareClass("java/util/concurrent/ConcurrentHashMap").field("table", BasicType.OBJECT)
                .field("baseCount", BasicType.LONG).field("counterCells", BasicType.OBJECT).define();
        h.declareClass("java/lang/Long").field("value", BasicType.LONG).define();
        h.declareClass("com/example/Item").define();
        long reading = h.declareClass("com/example/Reading").field("level", BasicType.OBJECT).define();

        long[] table = new long[16];
        table[3] = node(h);
        long cache = map(h, 1, table);
        long[] fullTable = new long[16];
        for (int i = 0; i < 4; i++) {
            fullTable[i * 4] = node(h);
        }
        long full = map(h, 4, fullTable);
        long list = h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;",
                item(h), item(h), 0, 0, 0, 0, 0, 0, 0, 0)).set("size", 2).add();
        long empty = h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;",
                new long[10])).set("size", 0).add();
        long[] setTable = new long[32];
        setTable[7] = node(h);
        long set = h.instance("java/util/HashSet").set("map", map(h, 1, setTable)).add();
        long[] queued = new long[16];
        queued[2] = item(h);
        queued[3] = item(h);
        long queue = h.instance("java/util/ArrayDeque").set("elements", h.objectArray("[Ljava/lang/Object;", queued))
                .set("head", 2).set("tail", 4).add();
        long[] hashtableSlots = new long[16];
        hashtableSlots[5] = node(h);
        long hashtable = h.instance("java/util/Hashtable").set("table", h.objectArray("[Ljava/util/HashMap$Node;",
                hashtableSlots)).set("count", 1).add();
        long[] concurrentSlots = new long[16];
        concurrentSlots[9] = node(h);
        long concurrent = h.instance("java/util/concurrent/ConcurrentHashMap").set("table",
                h.objectArray("[Ljava/util/HashMap$Node;", concurrentSlots)).set("baseCount", 1)
                .set("counterCells", h.objectArray("[Ljava/lang/Object;", item(h))).add();
        long slots = h.objectArray("[Ljava/lang/Object;", item(h), 0, 0, 0, item(h), 0, 0, 0);
        long small = h.objectArray("[Ljava/lang/Object;", item(h), 0, 0, 0, 0, 0, 0);
        long half = h.objectArray("[Ljava/lang/Object;", item(h), item(h), item(h), 0, 0, 0, 0, 0);
        long one = item(h);
        long same = h.objectArray("[Ljava/lang/Object;", one, one, one, 0, 0, 0, 0, 0);
        h.declareClass("com/example/Store").staticObject("CACHE", cache).staticObject("FULL", full)
                .staticObject("LIST", list).staticObject("EMPTY", empty).staticObject("SET", set)
                .staticObject("QUEUE", queue).staticObject("SLOTS", slots).staticObject("SMALL", small)
                .staticObject("HALF", half).staticObject("SAME", same).staticObject("TABLE", hashtable)
                .staticObject("COUNTED", concurrent).define();

        long samples = h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;",
                box(h, 1000), box(h, 1001), box(h, 1002), 0)).set("size", 3).add();
        long few = h.objectArray("[Ljava/lang/Object;", box(h, 2000), 0, 0, 0, 0, 0, 0, 0);
        long cached = h.objectArray("[Ljava/lang/Object;", box(h, 1), box(h, 2), box(h, 3), box(h, -128));
        h.declareClass("com/example/Stats").staticObject("SAMPLES", samples).staticObject("FEW", few)
                .staticObject("CACHED", cached).define();
        long[] readings = new long[5];
        long[] levels = {2000, 2000, 1000, 5, 5};
        for (int i = 0; i < readings.length; i++) {
            readings[i] = h.instance(reading).set("level", box(h, levels[i])).add();
        }
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", readings), 1);
        h.root(RootKind.STICKY_CLASS, h.classId("com/example/Store"));
        h.root(RootKind.STICKY_CLASS, h.classId("com/example/Stats"));
        dump = h.writeTo(tmp.resolve("boxed.hprof"));
    }

    private static long node(SyntheticHeap h) {
        return h.instance("java/util/HashMap$Node").add();
    }

    private static long map(SyntheticHeap h, int size, long[] table) {
        return h.instance("java/util/HashMap").set("table", h.objectArray("[Ljava/util/HashMap$Node;", table))
                .set("size", size).add();
    }

    private static long item(SyntheticHeap h) {
        return h.instance("com/example/Item").add();
    }

    private static long box(SyntheticHeap h, long value) {
        return h.instance("java/lang/Long").set("value", value).add();
    }

    private static WasteFinding find(WasteKind kind) throws IOException {
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteReport report = Waste.find(index, new WasteQuery(Set.of(kind), 10));
            assertEquals(1, report.findings().size());
            return report.findings().get(0);
        }
    }

    @Test
    void underFilledCountsUnusedSlotsOfCollectionsBelowAQuarterAndOfArraysMostlyNull() throws IOException {
        WasteFinding f = find(WasteKind.UNDER_FILLED);
        assertEquals(7, f.objects());
        assertEquals(60 + 32 + 124 + 56 + 60 + 24 + 28, f.wastedBytes());
        assertEquals(5, f.distinct());
        assertEquals(List.of(new WasteExample("java.util.HashMap", 2, 184),
                new WasteExample("java.util.Hashtable", 1, 60), new WasteExample("java.util.ArrayDeque", 1, 56),
                new WasteExample("java.lang.Object[]", 2, 52), new WasteExample("java.util.ArrayList", 1, 32)),
                f.examples());
        assertEquals(List.of(new OwnerRow("static Store.SET", 1, 124), new OwnerRow("static Store.CACHE", 1, 60),
                new OwnerRow("static Store.TABLE", 1, 60), new OwnerRow("static Store.QUEUE", 1, 56),
                new OwnerRow("static Store.LIST", 1, 32), new OwnerRow("static Stats.FEW", 1, 28),
                new OwnerRow("static Store.SLOTS", 1, 24)), OwnerRow.of(f.owners()));
    }

    @Test
    void boxedNumbersCountArraysOfBoxesAgainstAPrimitiveArrayAndEqualBoxesBeyondTheCacheOnce() throws IOException {
        WasteFinding f = find(WasteKind.BOXED_NUMBERS);
        assertEquals(3 + 1 + 1, f.objects());
        assertEquals(60 + 20 + 24, f.wastedBytes());
        assertEquals(1, f.distinct());
        assertEquals(List.of(new WasteExample("java.lang.Long", 5, 104)), f.examples());
        assertEquals(List.of(new OwnerRow("static Stats.SAMPLES", 3, 60), new OwnerRow("Reading.level", 1, 24),
                new OwnerRow("static Stats.FEW", 1, 20)), OwnerRow.of(f.owners()));
    }
}
