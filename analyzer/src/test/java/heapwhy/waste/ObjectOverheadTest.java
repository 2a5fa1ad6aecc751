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
 * Object overhead on a hand-made heap (12-byte headers, 4-byte references, 8-byte alignment, JDK 15+ field
 * layout), each layout worked out by hand:
 *
 * <pre>
 * Flag {boolean on}                on at 12, end 13 → 16: 12 header + 3 padding + 1 payload, overhead 15 (94 %)
 * Labeled extends Flag {label}     label at 16, end 20 → 24: 12 header + 7 padding + 4 refs + 1 payload, 23
 * Pair {a, b, int n}               n at 12, a at 16, b at 20 → 24: 12 header + 8 refs + 4 payload, overhead 20
 * Point {long x, long y}           x at 16, y at 24 → 32: 12 header + 4 padding + 16 payload, overhead 16 = 50 %
 * </pre>
 * Three Flags, one Labeled, one Pair, one Point, all held by one Object[] (an array: not a class's instance).
 */
class ObjectOverheadTest {
    @TempDir
    static Path tmp;

    private static Path dump;

    @BeforeAll
    static void writeDump() {
        SyntheticHeap h = WasteHeaps.heap();
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareClass("com/example/Flag").field("on", BasicType.BOOLEAN).define();
        h.declareClass("com/example/Labeled", "com/example/Flag").field("label", BasicType.OBJECT).define();
        h.declareClass("com/example/Pair").field("a", BasicType.OBJECT).field("b", BasicType.OBJECT)
                .field("n", BasicType.INT).define();
        h.declareClass("com/example/Point").field("x", BasicType.LONG).field("y", BasicType.LONG).define();
        long f1 = h.instance("com/example/Flag").set("on", true).add();
        long f2 = h.instance("com/example/Flag").set("on", false).add();
        long f3 = h.instance("com/example/Flag").set("on", true).add();
        long labeled = h.instance("com/example/Labeled").set("on", true).add();
        long pair = h.instance("com/example/Pair").set("a", f1).set("n", 7).add();
        long point = h.instance("com/example/Point").set("x", 1L).set("y", 2L).add();
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", f1, f2, f3, labeled, pair, point), 1);
        dump = h.writeTo(tmp.resolve("overhead.hprof"));
    }

    private static WasteFinding find(int top) throws IOException {
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            return Waste.find(index, new WasteQuery(Set.of(WasteKind.OBJECT_OVERHEAD), top)).findings().get(0);
        }
    }

    @Test
    void classesMostlyOverheadAreRankedByTheirInstancesTotalOverhead() throws IOException {
        WasteFinding f = find(10);
        assertEquals(WasteKind.OBJECT_OVERHEAD, f.kind());
        assertEquals(5, f.objects());
        assertEquals(3 * 15 + 23 + 20, f.wastedBytes());
        assertEquals(3, f.distinct());
        assertEquals(List.of(new OwnerRow("Flag", 3, 45), new OwnerRow("Labeled", 1, 23),
                new OwnerRow("Pair", 1, 20)), OwnerRow.of(f.owners()));
    }

    @Test
    void examplesSplitOneInstanceIntoHeaderPaddingReferencesAndPayload() throws IOException {
        assertEquals(List.of(
                new WasteExample("com.example.Flag: 16 bytes = 12 header + 3 padding + 0 references + 1 payload", 3, 45),
                new WasteExample("com.example.Labeled: 24 bytes = 12 header + 7 padding + 4 references + 1 payload",
                        1, 23),
                new WasteExample("com.example.Pair: 24 bytes = 12 header + 0 padding + 8 references + 4 payload", 1,
                        20)), find(10).examples());
    }

    @Test
    void aClassWhoseOverheadIsExactlyHalfIsNotReported() throws IOException {
        assertEquals(true, find(10).owners().stream().noneMatch(o -> o.name().equals("Point")));
    }

    @Test
    void topKeepsTheBiggestClassesButTheTotalsCountThemAll() throws IOException {
        WasteFinding f = find(1);
        assertEquals(List.of(new OwnerRow("Flag", 3, 45)), OwnerRow.of(f.owners()));
        assertEquals(88, f.wastedBytes());
    }

    @Test
    void aClassWhoseOverheadIsATinyShareOfTheHeapIsNotReported() throws IOException {
        // 2,000 Flags (30,000 bytes of overhead) and one Pair (20 bytes, under 0.1 % of a heap of over 40 KB)
        SyntheticHeap h = WasteHeaps.heap();
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareClass("com/example/Flag").field("on", BasicType.BOOLEAN).define();
        h.declareClass("com/example/Pair").field("a", BasicType.OBJECT).field("b", BasicType.OBJECT)
                .field("n", BasicType.INT).define();
        long[] held = new long[2001];
        for (int i = 0; i < 2000; i++) {
            held[i] = h.instance("com/example/Flag").set("on", true).add();
        }
        held[2000] = h.instance("com/example/Pair").add();
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", held), 1);
        Path big = h.writeTo(tmp.resolve("many-flags.hprof"));
        try (HeapIndex index = WasteHeaps.open(big, tmp.resolve("many-flags-index"))) {
            WasteFinding f = Waste.find(index, new WasteQuery(Set.of(WasteKind.OBJECT_OVERHEAD), 10)).findings().get(0);
            assertEquals(List.of(new OwnerRow("Flag", 2000, 2000 * 15)), OwnerRow.of(f.owners()));
        }
    }
}
