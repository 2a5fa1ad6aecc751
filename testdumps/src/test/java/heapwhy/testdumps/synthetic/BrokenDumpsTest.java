package heapwhy.testdumps.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class BrokenDumpsTest {

    private static SyntheticHeap.Written dump() {
        SyntheticHeap heap = new SyntheticHeap(8).segmentSize(200);
        long cls = heap.declareClass("x/Item").field("v", BasicType.INT).define();
        for (int i = 0; i < 20; i++) {
            heap.instance(cls).set("v", i).add();
        }
        heap.root(RootKind.STICKY_CLASS, cls);
        return heap.render();
    }

    @Test
    void truncateKeepsExactlyThePrefix() {
        byte[] b = dump().bytes();
        assertArrayEquals(Arrays.copyOf(b, 100), BrokenDumps.truncate(b, 100));
        assertThrows(IllegalArgumentException.class, () -> BrokenDumps.truncate(b, b.length + 1));
    }

    @Test
    void flipByteAndOverwriteU4ChangeOnlyTheirBytes() {
        byte[] b = dump().bytes();
        byte[] flipped = BrokenDumps.flipByte(b, 40);
        assertEquals((byte) ~b[40], flipped[40]);
        flipped[40] = b[40];
        assertArrayEquals(b, flipped);
        byte[] u4 = BrokenDumps.overwriteU4(b, 10, 0xDEADBEEFL);
        assertEquals("deadbeef", Hex.of(Arrays.copyOfRange(u4, 10, 14)));
        assertEquals(b.length, u4.length);
    }

    @Test
    void scanOfAnIntactDumpMatchesTheWritersRecordMap() {
        SyntheticHeap.Written w = dump();
        assertEquals(w.recordMap().records().stream().map(e -> List.of(e.offset(), (long) e.tag(), e.length())).toList(),
                RecordMap.scan(w.bytes()).records().stream().map(e -> List.of(e.offset(), (long) e.tag(), e.length()))
                        .toList());
    }

    @Test
    void droppingHeapDumpEndRemovesOnlyItsNineBytes() {
        SyntheticHeap.Written w = dump();
        byte[] broken = BrokenDumps.dropHeapDumpEnd(w.bytes());
        assertEquals(w.bytes().length - 9, broken.length);
        assertEquals(HprofTags.HEAP_DUMP_SEGMENT, RecordMap.scan(broken).lastRecord().tag());
        new MiniReader(broken); // still well formed otherwise
    }

    @Test
    void lastSegmentRunsPastEofByTheMissingBytesAndHasNoEnd() {
        SyntheticHeap.Written w = dump();
        RecordMap.Entry seg = w.recordMap().lastRecord(HprofTags.HEAP_DUMP_SEGMENT);
        byte[] broken = BrokenDumps.lastSegmentRunsPastEof(w.bytes(), 5);
        assertEquals(seg.end() - 5, broken.length);
        long declared = RecordMap.u4(broken, seg.lengthFieldOffset());
        assertEquals(broken.length + 5, seg.bodyOffset() + declared);
        RecordMap scanned = RecordMap.scan(broken);
        assertEquals(HprofTags.HEAP_DUMP_SEGMENT, scanned.lastRecord().tag());
        assertTrue(scanned.records(HprofTags.HEAP_DUMP_END).isEmpty());
        assertThrows(IllegalStateException.class, () -> new MiniReader(broken));
    }

    @Test
    void zeroLengthIsSetOnTheLastRecord() {
        SyntheticHeap heap = new SyntheticHeap(4).version(HprofWriter.V1_0_1);
        heap.primitiveArray(new int[] {1, 2});
        SyntheticHeap.Written w = heap.render();
        byte[] broken = BrokenDumps.zeroLengthOnLastRecord(w.bytes());
        RecordMap.Entry last = w.recordMap().lastRecord();
        assertEquals(HprofTags.HEAP_DUMP, last.tag());
        assertEquals(0, RecordMap.u4(broken, last.lengthFieldOffset()));
    }

    @Test
    void unknownSubRecordIsInsertedAtTheFirstBodyAndTheLengthGrows() {
        SyntheticHeap.Written w = dump();
        RecordMap.Entry first = w.recordMap().firstRecord(HprofTags.HEAP_DUMP_SEGMENT);
        byte[] broken = BrokenDumps.insertUnknownSubRecord(w.bytes());
        assertEquals(w.bytes().length + 9, broken.length);
        assertEquals(BrokenDumps.UNKNOWN_SUB_TAG, broken[(int) first.bodyOffset()]);
        assertEquals(first.length() - 9 + 9, RecordMap.u4(broken, first.lengthFieldOffset()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MiniReader(broken));
        assertTrue(e.getMessage().contains("0x42"), e.getMessage());
    }

    @Test
    void insertingAValidRootAtASubRecordBoundaryKeepsTheDumpWellFormed() {
        SyntheticHeap.Written w = dump();
        RecordMap.Entry third = w.recordMap().subRecords(HprofTags.INSTANCE_DUMP).get(2);
        byte[] root = new HeapDumpBody(8).rootMonitorUsed(0x1234).toByteArray();
        byte[] changed = BrokenDumps.insertSubRecord(w.bytes(), third.offset(), root);
        MiniReader r = new MiniReader(changed);
        assertEquals(2, r.rootTags.size());
        assertThrows(IllegalArgumentException.class, () -> BrokenDumps.insertSubRecord(w.bytes(), 5, root));
    }

    @Test
    void notHprofFilesHaveTheirOwnMagic() throws Exception {
        assertEquals(0, BrokenDumps.empty().length);

        byte[] gz = BrokenDumps.gzipOfRandomText(1);
        assertEquals("1f8b", Hex.of(Arrays.copyOf(gz, 2)));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertFalse(text.startsWith("JAVA PROFILE"));
        }

        byte[] zip = BrokenDumps.zipFile();
        assertEquals("504b0304", Hex.of(Arrays.copyOf(zip, 4)));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertEquals("heap.hprof", in.getNextEntry().getName());
        }

        byte[] phd = BrokenDumps.openJ9Phd();
        assertEquals("0012", Hex.of(Arrays.copyOf(phd, 2)));
        assertEquals("portable heap dump", new String(phd, 2, 18, StandardCharsets.US_ASCII));

        byte[] random = BrokenDumps.randomBytes(1000, 7);
        assertArrayEquals(random, BrokenDumps.randomBytes(1000, 7));
        assertEquals(1000, random.length);
        assertFalse(random[0] == 'J' || random[0] == 0x1f || random[0] == 'P' || random[0] == 0);
    }
}
