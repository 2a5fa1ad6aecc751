package heapwhy.graph;

import heapwhy.summary.HeapSummary;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static heapwhy.graph.GraphChecks.sorted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small synthetic heap (compressed layout: 12-byte header, 4-byte references, 8-byte alignment) whose
 * edges, dominators and retained sizes were worked out by hand.
 *
 * <pre>
 * Node {Object next; Object other}  12 + 4 + 4 = 20 → 24 bytes
 * Leaf {int value}                  12 + 4      = 16 bytes
 * int[3]                            16 + 12     = 28 → 32 bytes
 * Object[2]                         16 + 8      = 24 bytes
 *
 * thread t (THREAD_OBJ)                    a Node with no fields set
 * chain  c1 → c2 → c3 → (other) int[3] p   c1 held by a JAVA_FRAME root
 * diamond d → l, d → r, l → bottom, r → bottom  (JNI_GLOBAL)
 * shared s1 → shared, s2 → shared          (MONITOR_USED, THREAD_BLOCK)
 * cycle  y1 ⇄ y2, y1 held by the static Holder.INSTANCE
 * array  arr = Object[]{e1, e2}            (NATIVE_STACK)
 * dangling dang.next = an id inside c1 that is no object   (JNI_GLOBAL)
 * unreachable u (a Leaf nobody refers to)
 * every class a STICKY_CLASS root
 * </pre>
 */
class HandComputedGraphTest {
    private static final long NODE = 24;
    private static final long LEAF = 16;
    private static final long INT3 = 32;
    private static final long ARRAY2 = 24;

    @TempDir
    Path tmp;

    private Path dump;
    private long t;
    private long c1;
    private long c2;
    private long c3;
    private long p;
    private long d;
    private long l;
    private long r;
    private long bottom;
    private long s1;
    private long s2;
    private long shared;
    private long y1;
    private long y2;
    private long arr;
    private long e1;
    private long e2;
    private long dang;
    private long u;
    private long nodeClass;
    private long leafClass;
    private long holderClass;
    private long arrayClass;
    private long intArrayClass;
    private long objectClass;
    private final Map<String, Long> classIds = new java.util.HashMap<>();
    private final List<String> classNames = List.of("java/lang/Object", "java/lang/Class",
            "jdk/internal/misc/Unsafe", "com/example/Node", "com/example/Leaf", "com/example/Holder",
            "[Ljava/lang/Object;", "[I");

    @BeforeEach
    void writeDump() {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        objectClass = h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        nodeClass = h.declareClass("com/example/Node").field("next", BasicType.OBJECT)
                .field("other", BasicType.OBJECT).define();
        leafClass = h.declareClass("com/example/Leaf").field("value", BasicType.INT).define();
        arrayClass = h.declareArrayClass("[Ljava/lang/Object;");
        intArrayClass = h.declareArrayClass("[I");

        t = h.instance(nodeClass).add();
        p = h.primitiveArray(new int[]{1, 2, 3});
        c3 = h.instance(nodeClass).set("other", p).add();
        c2 = h.instance(nodeClass).set("next", c3).add();
        c1 = h.instance(nodeClass).set("next", c2).add();

        bottom = h.instance(leafClass).set("value", 7).add();
        l = h.instance(nodeClass).set("next", bottom).add();
        r = h.instance(nodeClass).set("next", bottom).add();
        d = h.instance(nodeClass).set("next", l).set("other", r).add();

        shared = h.instance(leafClass).add();
        s1 = h.instance(nodeClass).set("next", shared).add();
        s2 = h.instance(nodeClass).set("next", shared).add();

        // ids are addresses handed out in order, so y1 can name y2 before y2 is added
        long nextId = s2 + h.sizeOf(s2);
        y1 = h.instance(nodeClass).set("next", nextId + NODE).add();
        y2 = h.instance(nodeClass).set("next", y1).add();
        assertEquals(nextId, y1);
        assertEquals(nextId + NODE, y2);
        e1 = h.instance(leafClass).set("value", 1).add();
        e2 = h.instance(leafClass).set("value", 2).add();
        arr = h.objectArray("[Ljava/lang/Object;", e1, e2);

        dang = h.instance(nodeClass).set("next", c1 + 8).add();
        u = h.instance(leafClass).set("value", 99).add();

        holderClass = h.declareClass("com/example/Holder").staticObject("INSTANCE", y1).define();

        int serial = h.thread(t);
        h.root(RootKind.JAVA_FRAME, c1, serial, 0);
        h.root(RootKind.JNI_GLOBAL, d, 0x77);
        h.root(RootKind.MONITOR_USED, s1);
        h.root(RootKind.THREAD_BLOCK, s2, serial);
        h.root(RootKind.NATIVE_STACK, arr, serial);
        h.root(RootKind.JNI_GLOBAL, dang, 0x78);
        for (String name : classNames) {
            classIds.put(name, h.classId(name));
            h.root(RootKind.STICKY_CLASS, h.classId(name));
        }
        dump = h.writeTo(tmp.resolve("hand.hprof"));
    }

    private int node(HeapIndex index, long id) {
        int n = index.findObject(id);
        assertTrue(n >= 0, () -> "no node for 0x" + Long.toHexString(id));
        assertEquals(id, index.objectId(n));
        return n;
    }

    private static HeapClass row(HeapIndex index, String name) {
        return index.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void edgesFollowFieldsArraysStaticsClassesAndSupers() throws IOException {
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            int nodeK = node(index, nodeClass);
            assertArrayEquals(sorted(nodeK, node(index, c2)), sorted(index.outbound(node(index, c1))));
            assertArrayEquals(sorted(nodeK, node(index, p)), sorted(index.outbound(node(index, c3))));
            assertArrayEquals(new int[]{node(index, intArrayClass)}, index.outbound(node(index, p)));
            assertArrayEquals(sorted(node(index, l), node(index, r)), sorted(index.inbound(node(index, bottom))));
            assertArrayEquals(sorted(node(index, s1), node(index, s2)), sorted(index.inbound(node(index, shared))));
            assertArrayEquals(sorted(nodeK, node(index, y2)), sorted(index.outbound(node(index, y1))));
            assertArrayEquals(sorted(node(index, holderClass), node(index, y2)), sorted(index.inbound(node(index, y1))));
            assertArrayEquals(sorted(node(index, arrayClass), node(index, e1), node(index, e2)),
                    sorted(index.outbound(node(index, arr))));
            assertArrayEquals(sorted(node(index, objectClass), node(index, y1)),
                    sorted(index.outbound(node(index, holderClass))));
            assertArrayEquals(new int[]{node(index, objectClass)}, index.outbound(nodeK));
            // the dangling reference is dropped and counted
            assertArrayEquals(new int[]{nodeK}, index.outbound(node(index, dang)));
            assertEquals(1, HeapSummary.of(index).danglingReferences());
            assertEquals(HeapIndex.NOT_FOUND, index.findObject(c1 + 8));
            assertEquals(0, index.inbound(node(index, u)).length);
            assertArrayEquals(new int[]{node(index, leafClass)}, index.outbound(node(index, u)));
            assertEquals(8 + 12 + 5 + 2, index.nodeCount());
        }
    }

    @Test
    void anIdThatNamesNoObjectIsNeverTakenForTheVirtualRoot() throws IOException {
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            int missing = index.findObject(c1 + 8);
            assertNotEquals(HeapIndex.ROOT, missing);
            assertNotEquals(HeapIndex.UNREACHABLE, missing);
            assertThrows(IllegalArgumentException.class, () -> index.dominatorTree().dominatedBy(missing));
            assertThrows(IllegalArgumentException.class,
                    () -> index.dominatorTree().forEachDominated(missing, v -> { }));
            // the top of the tree is asked for by name, never by a number that a failed lookup could give
            assertThrows(IllegalArgumentException.class, () -> index.dominatorTree().dominatedBy(HeapIndex.ROOT));
            HeapField next = index.contents().fields(node(index, dang)).stream()
                    .filter(f -> f.name().equals("next")).findFirst().orElseThrow();
            assertEquals(c1 + 8, next.value());
            assertEquals(HeapIndex.NOT_FOUND, next.node());
        }
    }

    @Test
    void theDominatorTreeListsWhatEachObjectKeepsBiggestFirstThenInNodeOrder() throws IOException {
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            IndexedDominatorTree tree = index.dominatorTree();
            assertArrayEquals(new int[]{node(index, l), node(index, r), node(index, bottom)},
                    tree.dominatedBy(node(index, d)));
            assertArrayEquals(biggestFirst(index, HeapIndex.ROOT), tree.topLevel());
            for (int v = 0; v < index.nodeCount(); v++) {
                assertArrayEquals(biggestFirst(index, v), tree.dominatedBy(v), "children of node " + v);
            }
        }
    }

    /** The node's dominator-tree children by brute force: every node whose immediate dominator it is, sorted. */
    private static int[] biggestFirst(HeapIndex index, int dominator) {
        return java.util.stream.IntStream.range(0, index.nodeCount())
                .filter(v -> index.immediateDominator(v) == dominator).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer v) -> -index.retainedSize(v))
                        .thenComparingInt(v -> v))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void dominatorsAndRetainedSizesMatchTheHandComputedOnes() throws IOException {
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            long[][] expected = {
                    // id, immediate dominator's id (0: the virtual root), shallow, retained
                    {t, 0, NODE, NODE},
                    {c1, 0, NODE, 3 * NODE + INT3},
                    {c2, c1, NODE, 2 * NODE + INT3},
                    {c3, c2, NODE, NODE + INT3},
                    {p, c3, INT3, INT3},
                    {d, 0, NODE, 3 * NODE + LEAF},
                    {l, d, NODE, NODE},
                    {r, d, NODE, NODE},
                    {bottom, d, LEAF, LEAF},
                    {s1, 0, NODE, NODE},
                    {s2, 0, NODE, NODE},
                    {shared, 0, LEAF, LEAF},
                    {y1, holderClass, NODE, 2 * NODE},
                    {y2, y1, NODE, NODE},
                    {arr, 0, ARRAY2, ARRAY2 + 2 * LEAF},
                    {e1, arr, LEAF, LEAF},
                    {e2, arr, LEAF, LEAF},
                    {dang, 0, NODE, NODE},
            };
            for (long[] e : expected) {
                int v = node(index, e[0]);
                String what = "0x" + Long.toHexString(e[0]);
                assertTrue(index.inGraph(v), what);
                assertEquals(e[1] == 0 ? HeapIndex.ROOT : node(index, e[1]), index.immediateDominator(v), what);
                assertEquals(e[2], index.shallowSize(v), what);
                assertEquals(e[3], index.retainedSize(v), what);
            }
            // class mirrors' sizes come from java.lang.Class's layout: taken from the index, not by hand
            int holder = node(index, holderClass);
            assertEquals(index.shallowSize(holder) + 2 * NODE, index.retainedSize(holder));
            long mirrors = 0;
            for (String name : classNames) {
                int k = node(index, findClassId(name));
                assertEquals(HeapIndex.ROOT, index.immediateDominator(k), name);
                mirrors += index.shallowSize(k);
            }
            assertEquals(12 * NODE + 4 * LEAF + INT3 + ARRAY2 + mirrors, index.graphBytes());

            int un = node(index, u);
            assertFalse(index.inGraph(un));
            assertEquals(HeapIndex.UNREACHABLE, index.immediateDominator(un));
            assertEquals(0, index.retainedSize(un));
            assertEquals(LEAF, index.shallowSize(un));
        }
    }

    private long findClassId(String name) {
        return classIds.get(name);
    }

    @Test
    void classRowsSummaryAndRoots() throws IOException {
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            assertEquals(new HeapClass("com.example.Node", null, false, 12, 12 * NODE,
                    NODE + (3 * NODE + INT3) + (3 * NODE + LEAF) + NODE + NODE + 2 * NODE + NODE, 0, 0),
                    row(index, "com.example.Node"));
            assertEquals(new HeapClass("com.example.Leaf", null, false, 4, 4 * LEAF, 4 * LEAF, 1, LEAF),
                    row(index, "com.example.Leaf"));
            assertEquals(new HeapClass("int[]", null, false, 1, INT3, INT3, 0, 0), row(index, "int[]"));
            assertEquals(new HeapClass("java.lang.Object[]", null, false, 1, ARRAY2, ARRAY2 + 2 * LEAF, 0, 0),
                    row(index, "java.lang.Object[]"));

            HeapSummary summary = HeapSummary.of(index);
            assertEquals(index.nodeCount() - 1, summary.objects());
            assertEquals(1, summary.unreachableObjects());
            assertEquals(LEAF, summary.unreachableBytes());
            assertEquals(List.of("com.example.Leaf"),
                    summary.unreachableClasses().stream().map(HeapClass::name).toList());
            assertEquals(1, summary.danglingReferences());
            assertEquals(index.graphBytes(), summary.shallowBytes());
            assertEquals(Map.of(heapwhy.hprof.RootKind.THREAD_OBJECT, 1L, heapwhy.hprof.RootKind.JAVA_FRAME, 1L,
                    heapwhy.hprof.RootKind.JNI_GLOBAL, 2L, heapwhy.hprof.RootKind.MONITOR_USED, 1L,
                    heapwhy.hprof.RootKind.THREAD_BLOCK, 1L, heapwhy.hprof.RootKind.NATIVE_STACK, 1L,
                    heapwhy.hprof.RootKind.STICKY_CLASS, 8L), summary.rootsByKind());
            int inGraph = 0;
            for (int v = 0; v < index.nodeCount(); v++) {
                inGraph += index.inGraph(v) ? 1 : 0;
            }
            assertEquals(summary.objects(), inGraph);
        }
    }

    @Test
    void keepUnreachableMakesTheLostObjectARoot() throws IOException {
        long without;
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            without = index.graphBytes();
        }
        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), true)) {
            assertFalse(index.fromCache(), "keep-unreachable has an index of its own");
            int un = node(index, u);
            assertTrue(index.inGraph(un));
            assertEquals(HeapIndex.ROOT, index.immediateDominator(un));
            assertEquals(LEAF, index.retainedSize(un));
            assertEquals(without + LEAF, index.graphBytes());
            HeapSummary summary = HeapSummary.of(index);
            assertEquals(index.nodeCount(), summary.objects());
            assertEquals(0, summary.unreachableObjects());
            assertEquals(0, summary.unreachableBytes());
            assertEquals(List.of(), summary.unreachableClasses());
            assertEquals(new HeapClass("com.example.Leaf", null, false, 5, 5 * LEAF, 5 * LEAF, 0, 0),
                    row(index, "com.example.Leaf"));
            // the rest is as before
            assertEquals(3 * NODE + INT3, index.retainedSize(node(index, c1)));
            assertEquals(node(index, d), index.immediateDominator(node(index, bottom)));
        }
    }
}
