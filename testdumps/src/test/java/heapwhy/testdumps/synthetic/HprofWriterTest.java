package heapwhy.testdumps.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HprofWriterTest {
    // "JAVA PROFILE 1.0.2" NUL
    private static final String VERSION_1_0_2 = "4a415641 2050524f 46494c45 20312e30 2e32 00";
    private static final long TIME = 1_700_000_000_000L; // 0x0000018BCFE56800

    @Test
    void tinyDumpWithFourByteIdsHasTheExactBytes() {
        byte[] bytes = new HprofWriter(4).header(HprofWriter.V1_0_2, TIME)
                .utf8(0x10, "Foo").loadClass(1, 0x1000, 1, 0x10).toByteArray();
        String expected = VERSION_1_0_2 + "00000004 0000018bcfe56800"
                + "| 01 00000000 00000007 | 00000010 466f6f"
                + "| 02 00000000 00000010 | 00000001 00001000 00000001 00000010";
        assertEquals(Hex.of(Hex.bytes(expected)), Hex.of(bytes));
    }

    @Test
    void tinyDumpWithEightByteIdsHasTheExactBytes() {
        byte[] bytes = new HprofWriter(8).header(HprofWriter.V1_0_2, TIME)
                .utf8(0x10, "Foo").loadClass(1, 0x1000, 1, 0x10).toByteArray();
        String expected = VERSION_1_0_2 + "00000008 0000018bcfe56800"
                + "| 01 00000000 0000000b | 0000000000000010 466f6f"
                + "| 02 00000000 00000018 | 00000001 0000000000001000 00000001 0000000000000010";
        assertEquals(Hex.of(Hex.bytes(expected)), Hex.of(bytes));
    }

    @Test
    void recordMapOffsetsOfTheTinyDumpPointAtTagBytes() {
        HprofWriter w = new HprofWriter(4).header(HprofWriter.V1_0_2, TIME)
                .utf8(0x10, "Foo").loadClass(1, 0x1000, 1, 0x10);
        byte[] bytes = w.toByteArray();
        List<RecordMap.Entry> records = w.recordMap().records();
        // header: 18 chars + NUL + u4 + u8 = 31; UTF8 record: 9 + 4 + 3 = 16
        assertEquals(31, records.get(0).offset());
        assertEquals(47, records.get(1).offset());
        assertEquals(0x01, bytes[31]);
        assertEquals(0x02, bytes[47]);
        assertEquals(52, records.get(1).lengthFieldOffset());
        assertEquals(0x1000, w.recordMap().firstRecord(HprofTags.LOAD_CLASS).id());
    }

    @Test
    void classDumpHasTheExactBytesWithStaticsAndFields() {
        HeapDumpBody body = new HeapDumpBody(4).classDump(ClassDump.of(0x100, 0x200, 0, 4,
                List.of(new ClassDump.StaticField(0x10, Value.ofInt(7))),
                List.of(new ClassDump.FieldDecl(0x11, BasicType.OBJECT))));
        String expected = "20 00000100 00000001 00000200 00000000 00000000 00000000 00000000 00000000 00000004"
                + "| 0000 | 0001 00000010 0a 00000007 | 0001 00000011 02";
        assertEquals(Hex.of(Hex.bytes(expected)), Hex.of(body.toByteArray()));
    }

    @Test
    void staticsOfEveryBasicTypeTakeTheirSize() {
        List<ClassDump.StaticField> statics = List.of(
                new ClassDump.StaticField(1, Value.ofObject(0x1234)), new ClassDump.StaticField(2, Value.ofBoolean(true)),
                new ClassDump.StaticField(3, Value.ofChar('A')), new ClassDump.StaticField(4, Value.ofFloat(1.0f)),
                new ClassDump.StaticField(5, Value.ofDouble(1.0)), new ClassDump.StaticField(6, Value.ofByte((byte) -1)),
                new ClassDump.StaticField(7, Value.ofShort((short) -2)), new ClassDump.StaticField(8, Value.ofInt(-3)),
                new ClassDump.StaticField(9, Value.ofLong(-4)));
        byte[] b = new HeapDumpBody(8).classDump(ClassDump.of(1, 0, 0, 0, statics, List.of())).toByteArray();
        // fixed part 1 + 7*8 + 4 + 4 + 2(cp) ; statics: 2 + 9*(8+1) + values 8+1+2+4+8+1+2+4+8 ; fields 2
        assertEquals(1 + 7 * 8 + 4 + 4 + 2 + 2 + 9 * 9 + 38 + 2, b.length);
        String hex = Hex.of(b);
        assertEquals(true, hex.contains("0000000000000002" + "04" + "01"));
        assertEquals(true, hex.contains("0000000000000003" + "05" + "0041"));
        assertEquals(true, hex.contains("0000000000000004" + "06" + "3f800000"));
        assertEquals(true, hex.contains("0000000000000005" + "07" + "3ff0000000000000"));
        assertEquals(true, hex.contains("0000000000000006" + "08" + "ff"));
        assertEquals(true, hex.contains("0000000000000007" + "09" + "fffe"));
        assertEquals(true, hex.contains("0000000000000008" + "0a" + "fffffffd"));
        assertEquals(true, hex.contains("0000000000000009" + "0b" + "fffffffffffffffc"));
    }

    @Test
    void everyRootKindHasTheSizeItsShapeSays() {
        for (int idSize : new int[] {4, 8}) {
            for (RootKind k : RootKind.values()) {
                HeapDumpBody body = new HeapDumpBody(idSize).root(k, 0x40);
                assertEquals(k.size(idSize), body.size(), k + " id " + idSize);
                assertEquals((byte) k.tag(), body.toByteArray()[0]);
            }
        }
        assertArrayEquals(Hex.bytes("08 00000040 00000003 00000004"),
                new HeapDumpBody(4).rootThreadObj(0x40, 3, 4).toByteArray());
        assertArrayEquals(Hex.bytes("01 00000040 00000099"), new HeapDumpBody(4).rootJniGlobal(0x40, 0x99).toByteArray());
    }

    @Test
    void rootWithTooManyValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HeapDumpBody(4).root(RootKind.STICKY_CLASS, 1, 2));
    }

    @Test
    void instanceAndArraySubRecordsHaveTheExactBytes() {
        HeapDumpBody body = new HeapDumpBody(4)
                .instanceDump(0x50, 1, 0x100, new FieldValues(4).object(0x60).intValue(7).toBytes())
                .objArrayDump(0x60, 1, 0x110, 0x50, 0)
                .primArrayDump(0x70, 1, new short[] {1, -1})
                .primArrayNoData(0x80, 1, 9, BasicType.INT)
                .heapDumpInfo(0x41, 0x10);
        String expected = "21 00000050 00000001 00000100 00000008 00000060 00000007"
                + "| 22 00000060 00000001 00000002 00000110 00000050 00000000"
                + "| 23 00000070 00000001 00000002 09 0001 ffff"
                + "| c3 00000080 00000001 00000009 0a"
                + "| fe 00000041 00000010";
        assertEquals(Hex.of(Hex.bytes(expected)), Hex.of(body.toByteArray()));
    }

    @Test
    void primitiveArraysOfAllEightTypesEncodeBigEndian() {
        HeapDumpBody b = new HeapDumpBody(4);
        b.primArrayDump(1, 1, new boolean[] {true, false});
        b.primArrayDump(2, 1, new char[] {'a'});
        b.primArrayDump(3, 1, new float[] {2.0f});
        b.primArrayDump(4, 1, new double[] {2.0});
        b.primArrayDump(5, 1, new byte[] {5});
        b.primArrayDump(6, 1, new short[] {6});
        b.primArrayDump(7, 1, new int[] {7});
        b.primArrayDump(8, 1, new long[] {8});
        String expected = "23 00000001 00000001 00000002 04 0100"
                + "23 00000002 00000001 00000001 05 0061"
                + "23 00000003 00000001 00000001 06 40000000"
                + "23 00000004 00000001 00000001 07 4000000000000000"
                + "23 00000005 00000001 00000001 08 05"
                + "23 00000006 00000001 00000001 09 0006"
                + "23 00000007 00000001 00000001 0a 00000007"
                + "23 00000008 00000001 00000001 0b 0000000000000008";
        assertEquals(Hex.of(Hex.bytes(expected)), Hex.of(b.toByteArray()));
    }

    @Test
    void heapDumpSegmentLengthIsComputedAndSubRecordsAreMappedAbsolutely() {
        HprofWriter w = new HprofWriter(4).header(HprofWriter.V1_0_2, 0);
        w.heapDumpSegment(w.newBody().rootStickyClass(0x100).rootMonitorUsed(0x200)).heapDumpEnd();
        byte[] bytes = w.toByteArray();
        RecordMap.Entry seg = w.recordMap().firstRecord(HprofTags.HEAP_DUMP_SEGMENT);
        assertEquals(31, seg.offset());
        assertArrayEquals(Hex.bytes("1c 00000000 0000000a"), java.util.Arrays.copyOfRange(bytes, 31, 40));
        assertEquals(40, w.recordMap().firstSubRecord(RootKind.STICKY_CLASS.tag()).offset());
        assertEquals(45, w.recordMap().firstSubRecord(RootKind.MONITOR_USED.tag()).offset());
        assertEquals(50, w.recordMap().lastRecord().offset());
        assertArrayEquals(Hex.bytes("2c 00000000 00000000"), java.util.Arrays.copyOfRange(bytes, 50, 59));
    }

    @Test
    void explicitWrongLengthIsWrittenAsGiven() {
        HprofWriter w = new HprofWriter(8).header(HprofWriter.V1_0_1, 0);
        w.recordWithLength(0x99, 1000, new byte[] {1, 2});
        w.heapDumpRecord(HprofTags.HEAP_DUMP, w.newBody().rootUnknown(1), 0);
        byte[] b = w.toByteArray();
        assertArrayEquals(Hex.bytes("99 00000000 000003e8 0102"), java.util.Arrays.copyOfRange(b, 31, 42));
        assertArrayEquals(Hex.bytes("0c 00000000 00000000 ff 0000000000000001"), java.util.Arrays.copyOfRange(b, 42, 60));
        assertEquals(60, b.length);
    }

    @Test
    void utf8UsesModifiedUtf8ForNul() {
        byte[] b = new HprofWriter(4).utf8(1, "a\0é").toByteArray();
        assertEquals(Hex.of(Hex.bytes("01 00000000 00000009 00000001 61 c080 c3a9")), Hex.of(b));
    }

    @Test
    void badIdSizeIsRefusedButCanBeDeclaredInTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new HprofWriter(5));
        byte[] b = new HprofWriter(4).header(HprofWriter.V1_0_2, 5, 0).toByteArray();
        assertArrayEquals(Hex.bytes("00000005"), java.util.Arrays.copyOfRange(b, 19, 23));
    }
}
