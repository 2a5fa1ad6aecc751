package heapwhy.graph;

import heapwhy.summary.HeapSummary;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A class's retained bytes count an instance nested inside another instance of the class only once. */
class ClassRetainedSizeTest {
    @TempDir
    Path tmp;

    private static HeapClass row(HeapIndex index, String name) {
        return index.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void nestedInstanceIsNotCountedTwice() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long a = h.declareClass("com/example/A").field("next", BasicType.OBJECT).define(); // 12 + 4 → 16
        long b = h.declareClass("com/example/B").field("next", BasicType.OBJECT)
                .field("n", BasicType.LONG).define(); // 12 + 4 + 8 → 24
        long a2 = h.instance(a).add();
        long a1 = h.instance(a).set("next", a2).add();
        long a3 = h.instance(a).add();
        // a4 sits under a B under a5: nested through another class
        long a4 = h.instance(a).add();
        long b1 = h.instance(b).set("next", a4).add();
        long a5 = h.instance(a).set("next", b1).add();
        h.root(RootKind.JNI_GLOBAL, a1, 1);
        h.root(RootKind.JNI_GLOBAL, a3, 2);
        h.root(RootKind.JNI_GLOBAL, a5, 3);
        for (String c : new String[]{"java/lang/Object", "java/lang/Class", "com/example/A", "com/example/B"}) {
            h.root(RootKind.STICKY_CLASS, h.classId(c));
        }
        Path dump = h.writeTo(tmp.resolve("a.hprof"));
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            int n1 = index.findObject(a1);
            int n3 = index.findObject(a3);
            int n5 = index.findObject(a5);
            assertEquals(n1, index.immediateDominator(index.findObject(a2)));
            assertEquals(32, index.retainedSize(n1));
            assertEquals(16, index.retainedSize(n3));
            assertEquals(16 + 24 + 16, index.retainedSize(n5));
            HeapClass rowA = row(index, "com.example.A");
            assertEquals(5, rowA.count());
            assertEquals(5 * 16, rowA.shallowBytes());
            assertEquals(index.retainedSize(n1) + index.retainedSize(n3) + index.retainedSize(n5),
                    rowA.retainedBytes());
            HeapClass rowB = row(index, "com.example.B");
            assertEquals(24 + 16, rowB.retainedBytes());
        }
    }

    @Test
    void unreachableCycleIsKeptWithKeepUnreachable() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long a = h.declareClass("com/example/A").field("next", BasicType.OBJECT).define();
        long kept = h.instance(a).add();
        // x1 ⇄ x2: only reach each other
        long x1 = h.instance(a).set("next", kept + 2 * 16).add();
        long x2 = h.instance(a).set("next", x1).add();
        // y1 ⇄ y2 with no referrer outside the cycle at all
        long y1 = h.instance(a).set("next", x2 + 2 * 16).add();
        long y2 = h.instance(a).set("next", y1).add();
        assertEquals(x1 + 16, x2);
        assertEquals(y1 + 16, y2);
        h.root(RootKind.JNI_GLOBAL, kept, 1);
        for (String c : new String[]{"java/lang/Object", "java/lang/Class", "com/example/A",
                "jdk/internal/misc/Unsafe"}) {
            if (!c.startsWith("jdk")) {
                h.root(RootKind.STICKY_CLASS, h.classId(c));
            }
        }
        Path dump = h.writeTo(tmp.resolve("cycle.hprof"));
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            HeapSummary summary = HeapSummary.of(index);
            // x1, x2, y1, y2; the Unsafe mirror has no root in the dump, but a boot-loader class is never
            // unloaded, so it counts as a system class root
            assertEquals(4, summary.unreachableObjects());
            assertEquals(4 * 16, row(index, "com.example.A").unreachableBytes());
        }
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), true)) {
            for (int v = 0; v < index.nodeCount(); v++) {
                assertEquals(true, index.inGraph(v), "node " + v + " id 0x" + Long.toHexString(index.objectId(v)));
            }
            assertEquals(0, HeapSummary.of(index).unreachableObjects());
            assertEquals(index.nodeCount(), HeapSummary.of(index).objects());
            HeapClass rowA = row(index, "com.example.A");
            assertEquals(5, rowA.count());
            assertEquals(0, rowA.unreachableCount());
            int n1 = index.findObject(y1);
            int n2 = index.findObject(y2);
            assertEquals(32, Math.max(index.retainedSize(n1), index.retainedSize(n2)),
                    "one of the cycle holds the other");
            long sum = 0;
            for (int v = 0; v < index.nodeCount(); v++) {
                sum += index.shallowSize(v);
            }
            assertEquals(sum, index.graphBytes());
        }
    }
}
