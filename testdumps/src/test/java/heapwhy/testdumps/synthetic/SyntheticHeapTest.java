package heapwhy.testdumps.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticHeapTest {

    private static SyntheticHeap nodeHeap(SyntheticHeap heap) {
        long cls = heap.declareClass("com/example/Node").field("next", BasicType.OBJECT)
                .field("value", BasicType.INT).define();
        long a = heap.instance(cls).set("value", 7).add();
        heap.instance(cls).set("next", a).set("value", -1).add();
        heap.root(RootKind.STICKY_CLASS, cls);
        return heap;
    }

    @Test
    void instanceFieldsAreWrittenInDeclarationOrderWithUnsetReferencesNull() {
        SyntheticHeap heap = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long cls = heap.declareClass("com/example/Node", "java/lang/Object").field("next", BasicType.OBJECT)
                .field("value", BasicType.INT).define();
        long a = heap.instance(cls).set("value", 7).add();
        long b = heap.instance(cls).set("next", a).add();
        MiniReader r = new MiniReader(heap.toBytes());
        assertEquals(Hex.of(Hex.bytes("0000000000000000 00000007")), Hex.of(r.instancePayloads.get(a)));
        assertEquals(longHex(a) + "00000000", Hex.of(r.instancePayloads.get(b)));
        assertEquals(12, r.classDumps.get(cls).instanceSize());
        assertEquals(List.of("next", "value"), r.classDumps.get(cls).fields());
    }

    private static String longHex(long v) {
        return String.format("%016x", v);
    }

    @Test
    void subclassFieldsComeBeforeSuperclassFieldsInThePayload() {
        SyntheticHeap heap = new SyntheticHeap(4);
        heap.declareClass("a/Base").field("x", BasicType.SHORT).define();
        long sub = heap.declareClass("a/Sub", "a/Base").field("y", BasicType.LONG).field("z", BasicType.BOOLEAN)
                .define();
        long o = heap.instance(sub).set("x", 3).set("y", 4L).set("z", true).add();
        MiniReader r = new MiniReader(heap.toBytes());
        assertEquals("0000000000000004" + "01" + "0003", Hex.of(r.instancePayloads.get(o)));
        assertEquals(11, r.classDumps.get(sub).instanceSize());
        assertEquals(r.classIdByName("a/Base"), r.classDumps.get(sub).superId());
    }

    @Test
    void everyClassGetsUtf8LoadClassAndClassDumpIncludingObjectAndClass() {
        MiniReader r = new MiniReader(nodeHeap(new SyntheticHeap(8)).toBytes());
        assertEquals(Set.of("java/lang/Object", "java/lang/Class", "com/example/Node"),
                new HashSet<>(r.loadedClasses.values()));
        assertEquals(r.loadedClasses.keySet(), r.classDumps.keySet());
        assertEquals(0, r.classDumps.get(r.classIdByName("java/lang/Object")).superId());
        assertEquals("JAVA PROFILE 1.0.2", r.version);
        assertEquals(SyntheticHeap.DEFAULT_TIMESTAMP, r.timestamp);
    }

    @Test
    void utf8IdsAreDisjointFromObjectAndClassIds() {
        SyntheticHeap heap = nodeHeap(new SyntheticHeap(4));
        MiniReader r = new MiniReader(heap.toBytes());
        Set<Long> objectIds = new HashSet<>(r.classDumps.keySet());
        objectIds.addAll(r.objectOrder);
        for (long u : r.utf8.keySet()) {
            assertTrue(!objectIds.contains(u), "utf8 id 0x" + Long.toHexString(u) + " is also an object id");
        }
    }

    @Test
    void version102EndsWithHeapDumpEndAfterTheEmptyTraceSerialOne() {
        MiniReader r = new MiniReader(nodeHeap(new SyntheticHeap(8)).toBytes());
        List<Integer> tags = r.records.stream().map(MiniReader.Rec::tag).toList();
        int trace = tags.indexOf(HprofTags.TRACE);
        assertTrue(trace > tags.lastIndexOf(HprofTags.LOAD_CLASS));
        assertEquals(HprofTags.HEAP_DUMP_SEGMENT, tags.get(trace + 1));
        assertEquals(HprofTags.HEAP_DUMP_END, tags.get(tags.size() - 1));
        assertEquals(0, r.records(HprofTags.HEAP_DUMP).size());
    }

    @Test
    void version101WritesOneHeapDumpAndNoEnd() {
        SyntheticHeap heap = nodeHeap(new SyntheticHeap(4).version(HprofWriter.V1_0_1).segmentSize(20));
        MiniReader r = new MiniReader(heap.toBytes());
        assertEquals(1, r.records(HprofTags.HEAP_DUMP).size());
        assertEquals(0, r.records(HprofTags.HEAP_DUMP_SEGMENT).size());
        assertEquals(0, r.records(HprofTags.HEAP_DUMP_END).size());
        assertEquals("JAVA PROFILE 1.0.1", r.version);
    }

    @Test
    void segmentsStayWithinTheMaxSizeAndNeverSplitASubRecord() {
        SyntheticHeap heap = new SyntheticHeap(8).segmentSize(100);
        long cls = heap.declareClass("x/Item").field("v", BasicType.LONG).define();
        for (int i = 0; i < 50; i++) {
            heap.instance(cls).set("v", i).add(); // 1 + 8 + 4 + 8 + 4 + 8 = 33 bytes each
        }
        long big = heap.primitiveArray(new byte[500]);
        heap.instance(cls).add();
        MiniReader r = new MiniReader(heap.toBytes()); // parses each segment body on its own: no sub-record crosses
        List<MiniReader.Rec> segs = r.records(HprofTags.HEAP_DUMP_SEGMENT);
        assertTrue(segs.size() > 10);
        for (MiniReader.Rec s : segs) {
            boolean holdsBigArray = s.subs().stream().anyMatch(x -> x.id() == big);
            if (holdsBigArray) {
                assertEquals(1, s.subs().size(), "an oversized sub-record gets a segment of its own");
            } else {
                assertTrue(s.length() <= 100, "segment of " + s.length() + " bytes");
            }
        }
        // instances of 33 bytes: three fit in 100, a fourth would not
        MiniReader.Rec full = segs.stream().filter(s -> s.subs().stream().allMatch(x -> x.tag() == 0x21))
                .findFirst().orElseThrow();
        assertEquals(99, full.length());
        assertEquals(52, r.objectOrder.size());
    }

    @Test
    void recordMapOffsetsPointAtTheTagBytesOfEveryRecordAndSubRecord() {
        SyntheticHeap heap = nodeHeap(new SyntheticHeap(8).segmentSize(64).layout(LayoutStatics.compressed()));
        heap.primitiveArray(new int[] {1, 2, 3});
        heap.objectArray("[Lcom/example/Node;", 0, 0);
        SyntheticHeap.Written w = heap.render();
        byte[] bytes = w.bytes();
        for (RecordMap.Entry e : w.recordMap().entries()) {
            if (e.kind() == RecordMap.Kind.RECORD || e.kind() == RecordMap.Kind.SUB_RECORD) {
                assertEquals((byte) e.tag(), bytes[(int) e.offset()], e.toString());
            }
        }
        MiniReader r = new MiniReader(bytes);
        List<Integer> readerSubOffsets = r.records.stream().flatMap(x -> x.subs().stream())
                .map(MiniReader.Sub::offset).toList();
        List<Integer> mapSubOffsets = w.recordMap().subRecords().stream().map(e -> (int) e.offset()).toList();
        assertEquals(readerSubOffsets, mapSubOffsets);
        List<Integer> readerOffsets = r.records.stream().map(MiniReader.Rec::offset).toList();
        assertEquals(readerOffsets, w.recordMap().records().stream().map(e -> (int) e.offset()).toList());
        assertEquals(bytes.length, w.recordMap().lastRecord().end());
    }

    @Test
    void recordMapFindsTheSubRecordOfAnObject() {
        SyntheticHeap heap = new SyntheticHeap(4);
        long arr = heap.primitiveArray(new long[] {1});
        SyntheticHeap.Written w = heap.render();
        RecordMap.Entry e = w.recordMap().subRecordOf(arr);
        assertEquals(HprofTags.PRIM_ARRAY_DUMP, e.tag());
        assertEquals(1 + 4 + 4 + 4 + 1 + 8, e.length());
    }

    @Test
    void objectIdsIncreaseByTheRealSizeUnderEachLayout() {
        // Holder: one reference. int[3]. Object[3].
        long[][] expected = {
            // holder, int[3], Object[3]
            {16, 32, 32}, // compressed: 12+4 -> 16; 16+12 -> 32 (28 aligned); 16+12 -> 32
            {24, 32, 40}, // uncompressed oops: 12+8 -> 24; 16+12 -> 32; 16+24 -> 40
            {24, 40, 40}, // uncompressed class pointers (JDK 17): 16+4 -> 24 (20); 24+12 -> 40 (36); 24+12 -> 40
        };
        LayoutStatics[] layouts = {LayoutStatics.compressed(), LayoutStatics.uncompressedOops(),
            LayoutStatics.uncompressedClassPointers()};
        for (int i = 0; i < layouts.length; i++) {
            SyntheticHeap heap = new SyntheticHeap(8).layout(layouts[i]);
            long cls = heap.declareClass("x/Holder").field("ref", BasicType.OBJECT).define();
            long h = heap.instance(cls).add();
            long ints = heap.primitiveArray(new int[3]);
            long objs = heap.objectArray("[Ljava/lang/Object;", 0, 0, 0);
            long after = heap.primitiveArray(new byte[0]);
            assertEquals(expected[i][0], ints - h, "instance, layout " + i);
            assertEquals(expected[i][1], heap.sizeOf(ints), "int[3], layout " + i);
            assertEquals(expected[i][2], after - objs, "Object[3], layout " + i);
            assertEquals(0, h % 8);
        }
    }

    @Test
    void layoutStaticsAreWrittenAsUnsafeStaticInts() {
        SyntheticHeap heap = new SyntheticHeap(8).layout(LayoutStatics.uncompressedClassPointers());
        MiniReader r = new MiniReader(heap.toBytes());
        MiniReader.Cls unsafe = r.classDumps.get(r.classIdByName("jdk/internal/misc/Unsafe"));
        assertEquals(8L, unsafe.statics().get("ADDRESS_SIZE"));
        assertEquals(4L, unsafe.statics().get("ARRAY_OBJECT_INDEX_SCALE"));
        for (String t : List.of("BOOLEAN", "BYTE", "SHORT", "CHAR", "INT", "LONG", "FLOAT", "DOUBLE", "OBJECT")) {
            assertEquals(24L, unsafe.statics().get("ARRAY_" + t + "_BASE_OFFSET"), t);
        }
    }

    @Test
    void withoutLayoutThereIsNoUnsafeClass() {
        MiniReader r = new MiniReader(new SyntheticHeap(8).toBytes());
        assertTrue(!r.loadedClasses.containsValue("jdk/internal/misc/Unsafe"));
    }

    @Test
    void hotspotAddressingGivesHeapAndSymbolLikeIds() {
        SyntheticHeap heap = nodeHeap(new SyntheticHeap(8).addressing(SyntheticHeap.Addressing.HOTSPOT));
        MiniReader r = new MiniReader(heap.toBytes());
        for (long id : r.objectOrder) {
            assertTrue(id >= 0x7_0000_0000L && id < 0x8_0000_0000L, Long.toHexString(id));
        }
        for (long id : r.utf8.keySet()) {
            assertTrue(id >= 0x7f00_0000_0000L, Long.toHexString(id));
            assertEquals(0, id % 8);
        }
    }

    @Test
    void everyRootKindAndThreadsAreWrittenAfterObjectsByDefaultOrFirstOnRequest() {
        for (boolean first : new boolean[] {false, true}) {
            SyntheticHeap heap = new SyntheticHeap(4).rootsFirst(first);
            long obj = heap.primitiveArray(new char[] {'x'});
            int thread = heap.thread(obj);
            assertEquals(1, thread);
            for (RootKind k : RootKind.values()) {
                if (k.shape() == RootKind.Shape.ID) {
                    heap.root(k, obj);
                } else {
                    heap.root(k, obj, thread);
                }
            }
            MiniReader r = new MiniReader(heap.toBytes());
            assertEquals(RootKind.values().length + 1, r.rootTags.size());
            assertEquals(0x08, r.rootTags.get(0));
            List<Integer> subTags = r.records.stream().flatMap(x -> x.subs().stream()).map(MiniReader.Sub::tag)
                    .toList();
            assertEquals(first, subTags.get(0) == 0x08);
            assertEquals(2, r.records(HprofTags.TRACE).size());
        }
    }

    @Test
    void fieldValuesOfEveryTypeAreEncodedBigEndian() {
        SyntheticHeap heap = new SyntheticHeap(4);
        long cls = heap.declareClass("x/All").field("z", BasicType.BOOLEAN).field("c", BasicType.CHAR)
                .field("f", BasicType.FLOAT).field("d", BasicType.DOUBLE).field("b", BasicType.BYTE)
                .field("s", BasicType.SHORT).field("i", BasicType.INT).field("j", BasicType.LONG)
                .field("o", BasicType.OBJECT).staticInt("COUNT", 3).define();
        long o = heap.instance(cls).set("z", true).set("c", 'A').set("f", 1.0).set("d", 2.0).set("b", -1)
                .set("s", -2).set("i", -3).set("j", -4).set("o", 0x1234).add();
        MiniReader r = new MiniReader(heap.toBytes());
        assertEquals("01" + "0041" + "3f800000" + "4000000000000000" + "ff" + "fffe" + "fffffffd"
                + "fffffffffffffffc" + "00001234", Hex.of(r.instancePayloads.get(o)));
        assertEquals(3L, r.classDumps.get(cls).statics().get("COUNT"));
    }

    @Test
    void misuseIsReportedEarly() {
        SyntheticHeap heap = new SyntheticHeap(8);
        long cls = heap.declareClass("x/A").field("i", BasicType.INT).define();
        assertThrows(IllegalStateException.class, () -> heap.version(HprofWriter.V1_0_1));
        assertThrows(java.util.NoSuchElementException.class, () -> heap.instance(cls).set("nope", 1));
        assertThrows(IllegalArgumentException.class, () -> heap.instance(cls).set("i", 1.5));
        assertThrows(java.util.NoSuchElementException.class, () -> heap.declareClass("x/B", "x/Missing").define());
        assertThrows(IllegalArgumentException.class, () -> heap.declareClass("x/A"));
    }

    @Test
    void writeToProducesTheSameBytesAsToBytes(@TempDir Path dir) throws Exception {
        SyntheticHeap heap = nodeHeap(new SyntheticHeap(8));
        Path f = heap.writeTo(dir.resolve("x.hprof"));
        assertEquals(Hex.of(heap.toBytes()), Hex.of(Files.readAllBytes(f)));
    }

    @Test
    void aTestMayDeclareJavaLangObjectItselfWithFields() {
        SyntheticHeap heap = new SyntheticHeap(4);
        long object = heap.declareClass("java/lang/Object", null).field("shadow", BasicType.INT).define();
        long sub = heap.declareClass("x/Sub").define();
        long o = heap.instance(sub).set("shadow", 9).add();
        MiniReader r = new MiniReader(heap.toBytes());
        assertEquals(object, r.classDumps.get(sub).superId());
        assertEquals("00000009", Hex.of(r.instancePayloads.get(o)));
        assertEquals(1, r.loadedClasses.values().stream().filter("java/lang/Object"::equals).count());
    }

    @Test
    void androidVersionIsSegmentedAndFourByteHotspotIdsFitInFourBytes() {
        SyntheticHeap heap = nodeHeap(new SyntheticHeap(4).version(HprofWriter.V1_0_3)
                .addressing(SyntheticHeap.Addressing.HOTSPOT));
        MiniReader r = new MiniReader(heap.toBytes());
        assertEquals("JAVA PROFILE 1.0.3", r.version);
        assertEquals(4, r.idSize);
        assertEquals(1, r.records(HprofTags.HEAP_DUMP_SEGMENT).size());
        assertTrue(r.objectOrder.get(0) >= 0x2300_0000L);
    }
}
