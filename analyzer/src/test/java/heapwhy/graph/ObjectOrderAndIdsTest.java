package heapwhy.graph;

import heapwhy.summary.HeapSummary;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.ClassDump;
import heapwhy.testdumps.synthetic.HeapDumpBody;
import heapwhy.testdumps.synthetic.HprofWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static heapwhy.graph.GraphChecks.sorted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * References resolve whatever order the objects come in and however their ids are spread: packed ids (the
 * dense bitmap index) and ids 2^40 apart (the sorted-id fallback), in ascending, descending and shuffled
 * dump order. The dump is written by hand because SyntheticHeap always writes objects in address order.
 */
class ObjectOrderAndIdsTest {
    private static final int OBJECTS = 400;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} ids, {1} order")
    @CsvSource({"packed, ascending", "packed, descending", "packed, shuffled",
            "sparse, ascending", "sparse, descending", "sparse, shuffled"})
    void everyReferenceResolves(String spread, String order) throws IOException {
        long objectClass = 0x100;
        long classClass = 0x110;
        long nodeClass = 0x120;
        long arrayClass = 0x130;
        long base = spread.equals("packed") ? 0x10_0000L : 1L << 40;
        long step = spread.equals("sparse") ? 1L << 40 : 16;
        long[] ids = new long[OBJECTS];
        for (int i = 0; i < OBJECTS; i++) {
            ids[i] = base + i * step;
        }
        long arrayId = base + OBJECTS * step;
        // object i refers to object i - 1 (a chain from the last one down) and, every 10th, to object i / 2
        HprofWriter w = new HprofWriter(8).header(HprofWriter.V1_0_2, 1_700_000_000_000L);
        String[] names = {"java/lang/Object", "java/lang/Class", "com/example/Node", "[Ljava/lang/Object;",
                "next", "other"};
        for (int i = 0; i < names.length; i++) {
            w.utf8(0x9000 + i, names[i]);
        }
        long[] classIds = {objectClass, classClass, nodeClass, arrayClass};
        for (int i = 0; i < classIds.length; i++) {
            w.loadClass(i + 1, classIds[i], 1, 0x9000 + i);
        }
        w.trace(1, 0);
        HeapDumpBody body = w.newBody();
        body.classDump(ClassDump.of(objectClass, 0, 0, 0, List.of(), List.of()));
        body.classDump(ClassDump.of(classClass, objectClass, 0, 0, List.of(), List.of()));
        body.classDump(ClassDump.of(nodeClass, objectClass, 0, 16, List.of(),
                List.of(new ClassDump.FieldDecl(0x9004, BasicType.OBJECT),
                        new ClassDump.FieldDecl(0x9005, BasicType.OBJECT))));
        body.classDump(ClassDump.of(arrayClass, objectClass, 0, 0, List.of(), List.of()));
        List<Integer> dumpOrder = new ArrayList<>();
        for (int i = 0; i < OBJECTS; i++) {
            dumpOrder.add(i);
        }
        if (order.equals("descending")) {
            Collections.reverse(dumpOrder);
        } else if (order.equals("shuffled")) {
            Collections.shuffle(dumpOrder, new Random(3));
        }
        for (int i : dumpOrder) {
            long next = i > 0 ? ids[i - 1] : 0;
            long other = i % 10 == 0 ? ids[i / 2] : 0;
            body.instanceDump(ids[i], 1, nodeClass, ByteBuffer.allocate(16).putLong(next).putLong(other).array());
        }
        body.objArrayDump(arrayId, 1, arrayClass, ids[OBJECTS - 1], ids[0], ids[OBJECTS / 2]);
        body.rootJniGlobal(arrayId, 1);
        for (long c : classIds) {
            body.rootStickyClass(c);
        }
        w.heapDumpSegment(body);
        w.heapDumpEnd();
        Path dump = Files.write(tmp.resolve(spread + "-" + order + ".hprof"), w.toByteArray());

        try (HeapIndex index = GraphChecks.open(dump, tmp.resolve("index"), false)) {
            assertEquals(0, HeapSummary.of(index).danglingReferences());
            assertEquals(OBJECTS + 5, index.nodeCount());
            int nodeK = index.findObject(nodeClass);
            assertTrue(nodeK >= 0);
            for (int i = 0; i < OBJECTS; i++) {
                int v = index.findObject(ids[i]);
                assertTrue(v >= 0, "object " + i);
                assertEquals(ids[i], index.objectId(v));
                assertTrue(index.inGraph(v), "object " + i);
                List<Integer> expected = new ArrayList<>(List.of(nodeK));
                if (i > 0) {
                    expected.add(index.findObject(ids[i - 1]));
                }
                if (i % 10 == 0) {
                    expected.add(index.findObject(ids[i / 2]));
                }
                assertArrayEquals(sorted(expected.stream().mapToInt(Integer::intValue).toArray()),
                        sorted(index.outbound(v)), "object " + i);
            }
            int array = index.findObject(arrayId);
            assertArrayEquals(sorted(index.findObject(arrayClass), index.findObject(ids[OBJECTS - 1]),
                    index.findObject(ids[0]), index.findObject(ids[OBJECTS / 2])), sorted(index.outbound(array)));
            // the chain's head holds everything: the array retains all the objects
            int head = index.findObject(ids[OBJECTS - 1]);
            assertEquals(array, index.immediateDominator(head));
            long all = 0;
            for (int i = 0; i < OBJECTS; i++) {
                all += index.shallowSize(index.findObject(ids[i]));
            }
            assertEquals(all + index.shallowSize(array), index.retainedSize(array));
            assertEquals(HeapIndex.NOT_FOUND, index.findObject(ids[0] + 8));
            assertEquals(HeapIndex.NOT_FOUND, index.findObject(ids[OBJECTS - 1] + step * 3));
        }
    }

    /** The id index sorts ids as unsigned numbers; lookups must agree, also for ids past 2^63. */
    @org.junit.jupiter.api.Test
    void idIndexFindsIdsOnBothSidesOfTwoToThe63() {
        long[] ids = new long[1000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.MAX_VALUE - 8 * 500 + 1 + 8L * i; // half below 2^63, half above (unsigned)
        }
        long[] shuffled = ids.clone();
        Random random = new Random(5);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        long[] nodeOrder = shuffled.clone();
        IdIndex index = IdIndex.build(shuffled);
        for (int node = 0; node < nodeOrder.length; node++) {
            assertEquals(node, index.find(nodeOrder[node]), "id 0x" + Long.toHexString(nodeOrder[node]));
        }
        assertEquals(-1, index.find(ids[0] - 8));
        assertEquals(-1, index.find(ids[ids.length - 1] + 8));
        assertEquals(-1, index.find(ids[10] + 4));
        assertEquals(-1, index.find(0));
    }
}
