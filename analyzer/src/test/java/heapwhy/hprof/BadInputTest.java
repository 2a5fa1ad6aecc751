package heapwhy.hprof;

import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;
import heapwhy.histogram.Histograms;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.BrokenDumps;
import heapwhy.testdumps.synthetic.Gzip;
import heapwhy.testdumps.synthetic.HeapDumpBody;
import heapwhy.testdumps.synthetic.HprofTags;
import heapwhy.testdumps.synthetic.HprofWriter;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RecordMap;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Files that are not HPROF, and HPROF files damaged in each of the ways real files get damaged: either a
 * precise {@link HprofException} (offset and problem) or a warning with everything complete before the damage.
 * Every case also checks that the reader left the file untouched.
 */
class BadInputTest {
    /** Instance size of com/example/A {long v} with compressed class pointers: 12 -> 16 + 8 = 24. */
    private static final int A_SIZE = 24;
    private static final int INSTANCES = 10;

    @TempDir
    Path dir;

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Ten instances of com/example/A {long v}, compressed layout; segments of at most {@code segment} bytes. */
    private static SyntheticHeap tenAs(String version, long segment) {
        SyntheticHeap h = new SyntheticHeap(8).version(version).layout(LayoutStatics.compressed())
                .segmentSize(segment);
        h.declareClass("com/example/A").field("v", BasicType.LONG).define();
        for (int i = 0; i < INSTANCES; i++) {
            h.instance("com/example/A").set("v", i).add();
        }
        return h;
    }

    private static SyntheticHeap tenAs() {
        return tenAs(HprofWriter.V1_0_2, 1L << 30);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
        return file;
    }

    private void assertUntouched(Path file, byte[] bytes) throws IOException {
        assertArrayEquals(bytes, Files.readAllBytes(file), "the reader changed " + file);
        assertEquals(FileTime.fromMillis(1_600_000_000_000L), Files.getLastModifiedTime(file));
    }

    /** Reads a file that must fail; checks the offset and a phrase of the problem. */
    private HprofException failure(String name, byte[] bytes, long offset, String phrase) throws IOException {
        Path file = write(name, bytes);
        HprofException e = assertThrows(HprofException.class, () -> Histograms.read(file, ProgressListener.NONE));
        assertUntouched(file, bytes);
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("at byte " + e.offset()),
                e.getMessage());
        assertTrue(e.problem().contains(phrase), "expected \"" + phrase + "\" in: " + e.problem());
        if (offset >= 0) {
            assertEquals(offset, e.offset(), e.getMessage());
        }
        return e;
    }

    /** Reads a file that must give a histogram; checks the file stayed the same. */
    private ClassHistogram result(String name, byte[] bytes) throws IOException {
        Path file = write(name, bytes);
        ClassHistogram h;
        try {
            h = Histograms.read(file, ProgressListener.NONE);
        } catch (HprofException e) {
            fail("expected a histogram, got: " + e.getMessage(), e);
            return null;
        }
        assertUntouched(file, bytes);
        return h;
    }

    private static ClassEntry a(ClassHistogram h) {
        return h.classes().stream().filter(e -> e.name().equals("com.example.A")).findFirst().orElse(null);
    }

    private static void assertAs(ClassHistogram h, int count) {
        ClassEntry e = a(h);
        if (count == 0) {
            assertEquals(null, e, "no complete A expected");
            return;
        }
        assertEquals(count, e == null ? 0 : e.count(), "instances of A");
        assertEquals((long) count * A_SIZE, e.shallowBytes());
    }

    private static void assertWarning(ClassHistogram h, String phrase) {
        assertTrue(h.warnings().stream().anyMatch(w -> w.contains(phrase)),
                "expected a warning with \"" + phrase + "\": " + h.warnings());
    }

    private static int headerLength(String version) {
        return version.length() + 1 + 4 + 8;
    }

    // ---- not HPROF at all ---------------------------------------------------------------------------------

    @Test
    void emptyFileIsRejectedAtByte0() throws IOException {
        failure("empty.hprof", BrokenDumps.empty(), 0, "empty");
    }

    @Test
    void gzipOfTextIsRejectedAsNotHprofInsideGzip() throws IOException {
        failure("text.gz", BrokenDumps.gzipOfRandomText(7), 0,
                "gzip-compressed content does not start with \"JAVA PROFILE\"");
    }

    @Test
    void zipArchiveIsNamedAsZip() throws IOException {
        failure("dump.zip", BrokenDumps.zipFile(), 0, "ZIP archive");
    }

    @Test
    void openJ9PortableHeapDumpIsNamedAsPhd() throws IOException {
        failure("heapdump.phd", BrokenDumps.openJ9Phd(), 0, "portable heap dump");
    }

    @Test
    void randomBytesAreNotHprof() throws IOException {
        failure("random.hprof", BrokenDumps.randomBytes(4096, 11), 0, "does not start with \"JAVA PROFILE\"");
    }

    @Test
    void aFileHoldingOnlyTheStartOfTheMagicIsTruncatedNotForeign() throws IOException {
        HprofException e = failure("javapro.hprof", "JAVA PRO".getBytes(StandardCharsets.ISO_8859_1), 8,
                "the file is truncated: too short for an HPROF header (8 bytes)");
        assertFalse(e.problem().contains("4a 41"), e.problem());
        failure("j.hprof", "J".getBytes(StandardCharsets.ISO_8859_1), 1, "too short for an HPROF header (1 byte)");
        failure("j.gz", Gzip.plain("JAVA".getBytes(StandardCharsets.ISO_8859_1)), 4,
                "the gzip-compressed content is truncated: too short for an HPROF header (4 bytes)");
    }

    @Test
    void aTextFileIsShownAsTextNotHex() throws IOException {
        HprofException e = failure("notes.hprof", "JAVA heap notes\nline two\n".getBytes(StandardCharsets.ISO_8859_1),
                0, "does not start with \"JAVA PROFILE\" (first bytes: \"JAVA heap notes\\n\"…)");
        assertFalse(e.problem().contains("4a 41"), e.problem());
    }

    @Test
    void unsupportedVersionIsRejectedAtByte0() throws IOException {
        byte[] bytes = new HprofWriter(8).header("JAVA PROFILE 1.0", 1L).toByteArray();
        failure("old.hprof", bytes, 0, "unsupported HPROF version \"JAVA PROFILE 1.0\"");
    }

    @Test
    void idSize5IsRejectedAtTheIdSizeField() throws IOException {
        byte[] bytes = new HprofWriter(8).header(HprofWriter.V1_0_2, 5, 1L).toByteArray();
        // "JAVA PROFILE 1.0.2" is 18 bytes, then NUL: the id size is at 19
        failure("id5.hprof", bytes, 19, "id size 5 is not 4 or 8");
    }

    @Test
    void fileEndingInsideTheHeaderIsRejectedWhereTheMissingValueStarts() throws IOException {
        byte[] full = tenAs().toBytes();
        // so short that even the magic "JAVA PROFILE " is incomplete: what is there is a header's start, cut
        failure("h10.hprof", BrokenDumps.truncate(full, 10), 10,
                "the file is truncated: too short for an HPROF header (10 bytes)");
        // inside the version string: the byte that would be read next
        failure("h15.hprof", BrokenDumps.truncate(full, 15), 15, "file ends inside the HPROF header");
        // inside the id size (19..23)
        failure("h21.hprof", BrokenDumps.truncate(full, 21), 19, "file ends inside the HPROF header");
        // inside the time stamp (23..31)
        failure("h25.hprof", BrokenDumps.truncate(full, 25), 23, "file ends inside the HPROF header");
    }

    @Test
    void fileEndingInsideAUtf8RecordIsRejectedAtTheRecordStart() throws IOException {
        SyntheticHeap h = tenAs();
        byte[] full = h.toBytes();
        RecordMap.Entry utf8 = h.recordMap().records(HprofTags.UTF8).get(2);
        failure("u1.hprof", BrokenDumps.truncate(full, utf8.offset() + 12), utf8.offset(), "past the end of the file");
        // inside the record header itself
        failure("u2.hprof", BrokenDumps.truncate(full, utf8.offset() + 3), utf8.offset(),
                "file ends inside a record header");
    }

    @Test
    void recordLengthPastEndOfFileIsRejectedForNonHeapRecords() throws IOException {
        SyntheticHeap h = tenAs();
        RecordMap.Entry load = h.recordMap().records(HprofTags.LOAD_CLASS).get(0);
        byte[] bytes = BrokenDumps.overwriteU4(h.toBytes(), load.lengthFieldOffset(), 0x7FFF_FFFFL);
        failure("len.hprof", bytes, load.offset(), "past the end of the file");
    }

    @Test
    void unknownSubRecordTagIsRejectedAtTheTagByte() throws IOException {
        byte[] bytes = BrokenDumps.insertUnknownSubRecord(tenAs().toBytes());
        long tagAt = RecordMap.scan(bytes).firstRecord(HprofTags.HEAP_DUMP_SEGMENT).bodyOffset();
        failure("tag.hprof", bytes, tagAt, "unknown heap-dump sub-record tag 0x42");
    }

    @Test
    void subRecordRunningPastItsSegmentIsRejectedAtTheSubRecord() throws IOException {
        // instance sub-records are 1 + 8 + 4 + 8 + 4 + 8 = 33 bytes: three per 100-byte segment
        SyntheticHeap h = tenAs(HprofWriter.V1_0_2, 100);
        RecordMap map = h.recordMap();
        RecordMap.Entry first = map.firstSubRecord(HprofTags.INSTANCE_DUMP);
        assertTrue(first.offset() < map.lastRecord(HprofTags.HEAP_DUMP_SEGMENT).offset(), "not in the last segment");
        // its payload length (after tag, id, trace, class id) claims 108 bytes instead of 8
        byte[] bytes = BrokenDumps.overwriteU4(h.toBytes(), first.offset() + 1 + 8 + 4 + 8, 108);
        failure("seg.hprof", bytes, first.offset(), "runs past the end of its heap segment");
    }

    @Test
    void segmentShorterThanItsLastSubRecordIsRejected() throws IOException {
        SyntheticHeap h = tenAs(HprofWriter.V1_0_2, 100);
        RecordMap map = h.recordMap();
        RecordMap.Entry seg = map.records(HprofTags.HEAP_DUMP_SEGMENT).get(1);
        long declared = seg.length() - HprofTags.RECORD_HEADER_SIZE;
        byte[] bytes = BrokenDumps.overwriteU4(h.toBytes(), seg.lengthFieldOffset(), declared - 5);
        HprofException e = failure("short.hprof", bytes, -1, "heap segment");
        assertTrue(e.offset() > seg.offset() && e.offset() <= seg.end(), e.getMessage());
    }

    // ---- damaged at the end: warnings and partial results --------------------------------------------------

    @Test
    void truncatedLastSegmentKeepsCompleteObjectsAndWarns() throws IOException {
        SyntheticHeap h = tenAs();
        List<RecordMap.Entry> instances = h.recordMap().subRecords(HprofTags.INSTANCE_DUMP);
        assertEquals(INSTANCES, instances.size());
        byte[] full = h.toBytes();
        for (int k : new int[]{0, 1, 6, 9}) {
            for (int into : new int[]{0, 1, 5, 25, 32}) { // at the tag, inside the header, inside the payload
                ClassHistogram hist = result("t" + k + "-" + into + ".hprof",
                        BrokenDumps.truncate(full, instances.get(k).offset() + into));
                assertAs(hist, k);
                assertWarning(hist, "truncated");
            }
        }
        // cut right after the last instance, which is where the segment ends: all ten, and only the
        // missing HEAP_DUMP_END shows that something is wrong
        ClassHistogram all = result("t-end.hprof", BrokenDumps.truncate(full, instances.get(9).end()));
        assertAs(all, INSTANCES);
        assertWarning(all, "HEAP_DUMP_END");
    }

    @Test
    void lastSegmentRunningPastEndOfFileKeepsCompleteObjectsAndWarns() throws IOException {
        SyntheticHeap h = tenAs();
        RecordMap map = h.recordMap();
        RecordMap.Entry seg = map.lastRecord(HprofTags.HEAP_DUMP_SEGMENT);
        RecordMap.Entry seventh = map.subRecords(HprofTags.INSTANCE_DUMP).get(7);
        int missing = (int) (seg.end() - (seventh.offset() + 20));
        ClassHistogram hist = result("killed.hprof", BrokenDumps.lastSegmentRunsPastEof(h.toBytes(), missing));
        assertAs(hist, 7);
        assertWarning(hist, "truncated");
        // with small segments: the cut hits the last of many segments
        SyntheticHeap small = tenAs(HprofWriter.V1_0_2, 100);
        // the last segment holds only instance 9 (33 bytes); 20 bytes of it are missing: 9 complete
        assertEquals(33 + HprofTags.RECORD_HEADER_SIZE, small.recordMap().lastRecord(HprofTags.HEAP_DUMP_SEGMENT)
                .length());
        ClassHistogram part = result("killed2.hprof", BrokenDumps.lastSegmentRunsPastEof(small.toBytes(), 20));
        assertAs(part, 9);
        assertWarning(part, "truncated");
    }

    @Test
    void zeroLengthOnTheLastHeapDumpMeansToEndOfFile() throws IOException {
        SyntheticHeap old = tenAs(HprofWriter.V1_0_1, 1L << 30);
        ClassHistogram whole = result("whole.hprof", old.toBytes());
        ClassHistogram hist = result("zero.hprof", BrokenDumps.zeroLengthOnLastRecord(old.toBytes()));
        assertAs(hist, INSTANCES);
        assertEquals(whole.classes(), hist.classes());
        assertEquals(List.of(), hist.warnings());
        // 1.0.2 whose last segment was never patched (and no HEAP_DUMP_END)
        byte[] seg = BrokenDumps.zeroLengthOnLastRecord(BrokenDumps.dropHeapDumpEnd(tenAs().toBytes()));
        ClassHistogram segHist = result("zero2.hprof", seg);
        assertEquals(whole.classes(), segHist.classes());
    }

    @Test
    void missingHeapDumpEndGivesTheWholeHistogramAndAWarning() throws IOException {
        ClassHistogram whole = result("whole.hprof", tenAs().toBytes());
        assertEquals(List.of(), whole.warnings());
        ClassHistogram hist = result("noend.hprof", BrokenDumps.dropHeapDumpEnd(tenAs().toBytes()));
        assertEquals(whole.classes(), hist.classes());
        assertWarning(hist, "HEAP_DUMP_END");
    }

    @Test
    void secondDumpAfterHeapDumpEndIsIgnoredWithAWarning() throws IOException {
        SyntheticHeap h = tenAs();
        long classA = h.classId("com/example/A");
        byte[] first = h.toBytes();
        HprofWriter more = new HprofWriter(8);
        HeapDumpBody body = more.newBody();
        for (int i = 0; i < 5; i++) {
            body.instanceDump(0x9000_0000L + 32L * i, 1, classA, new byte[8]);
        }
        more.heapDumpSegment(body).heapDumpEnd();
        byte[] second = more.toByteArray();
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        ClassHistogram hist = result("two.hprof", both);
        assertAs(hist, INSTANCES);
        assertWarning(hist, "more than one heap dump");
    }

    @Test
    void secondHeapDumpIn101IsIgnoredWithAWarning() throws IOException {
        SyntheticHeap h = tenAs(HprofWriter.V1_0_1, 1L << 30);
        long classA = h.classId("com/example/A");
        byte[] first = h.toBytes();
        HprofWriter more = new HprofWriter(8);
        HeapDumpBody body = more.newBody();
        body.instanceDump(0x9000_0000L, 1, classA, new byte[8]);
        more.heapDump(body);
        byte[] second = more.toByteArray();
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        ClassHistogram hist = result("two101.hprof", both);
        assertAs(hist, INSTANCES);
        assertWarning(hist, "more than one heap dump");
    }

    // ---- gzip -------------------------------------------------------------------------------------------

    /** A dump of some 200 KB whose gzip has plenty of compressed bytes to damage. */
    private static byte[] biggerDump() {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed()).segmentSize(4096)
                .gzipMemberSize(16 << 10);
        h.declareClass("com/example/A").field("v", BasicType.LONG).define();
        Random r = new Random(3);
        for (int i = 0; i < 3000; i++) {
            h.instance("com/example/A").set("v", r.nextLong()).add();
            byte[] junk = new byte[r.nextInt(40)];
            r.nextBytes(junk);
            h.primitiveArray(junk);
        }
        return h.toBytes();
    }

    @Test
    void brokenGzipDataIsAnHprofExceptionMentioningGzip() throws IOException {
        byte[] plain = biggerDump();
        for (byte[] gz : List.of(Gzip.plain(plain), Gzip.chunked(plain, 16 << 10))) {
            for (double where : new double[]{0.1, 0.5, 0.9}) {
                byte[] bad = gz.clone();
                int at = (int) (bad.length * where);
                for (int i = 0; i < 16; i++) {
                    bad[at + i] ^= (byte) 0x5A;
                }
                HprofException e = failure("bad" + where + ".gz", bad, -1, "");
                assertTrue(e.getMessage().contains("gzip"), e.getMessage());
            }
        }
    }

    @Test
    void gzipCutShortWarnsOrFailsCleanly() throws IOException {
        byte[] plain = biggerDump();
        byte[] gz = Gzip.chunked(plain, 16 << 10);
        for (double where : new double[]{0.2, 0.5, 0.99}) {
            byte[] cut = BrokenDumps.truncate(gz, (long) (gz.length * where));
            ClassHistogram h = result("cut" + where + ".hprof.gz", cut);
            assertWarning(h, "truncated");
            ClassEntry e = a(h);
            assertTrue(e != null && e.count() > 0 && e.count() < 3000, String.valueOf(e));
        }
        // cut inside the HPROF header (the first few inflated bytes) or inside the gzip header itself
        byte[] tiny = Gzip.plain(Arrays.copyOf(plain, 20));
        failure("tiny.gz", tiny, 19, "file ends inside the HPROF header");
        for (int n : new int[]{2, 5, 9, 12}) {
            failure("gzhead" + n + ".gz", BrokenDumps.truncate(gz, n), 0, "gzip");
        }
    }

    @Test
    void corruptedGzipHeaderIsAnHprofException() throws IOException {
        byte[] gz = Gzip.plain(tenAs().toBytes());
        byte[] badMethod = gz.clone();
        badMethod[2] = 7; // compression method other than deflate
        failure("method.gz", badMethod, 0, "gzip");
    }

    @Test
    void hugeStackTraceClaimInAGzipStreamIsATruncationNotAnOutOfMemoryError() throws IOException {
        // a TRACE whose length agrees with its frame count (536 million frames, 4 GB) but holds two frames; in a
        // gzip stream the length cannot be checked against the file size
        long n = 0x1FFF_FFF0L;
        byte[] body = new byte[12 + 16];
        body[8] = 0x1F;
        body[9] = (byte) 0xFF;
        body[10] = (byte) 0xFF;
        body[11] = (byte) 0xF0;
        byte[] bytes = new HprofWriter(8).header(HprofWriter.V1_0_2, 1L)
                .recordWithLength(HprofTags.TRACE, 12 + 8 * n, body).toByteArray();
        int header = headerLength(HprofWriter.V1_0_2);
        // the third frame id would start after header, record header, 12 bytes and two ids
        HprofException e = failure("trace.gz", Gzip.plain(bytes), header + 9 + 12 + 16,
                "file ends inside a record (tag 0x05) that starts at byte " + header);
        assertTrue(e.problem().contains("gzip"), e.problem());
        // the same plain file: the length is checked against the file before anything is read
        failure("trace.hprof", bytes, header, "past the end of the file");
    }

    @Test
    void versionStringWithoutTerminatorIsRejected() throws IOException {
        byte[] bytes = ("JAVA PROFILE 1.0.2" + "x".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
        failure("noterm.hprof", bytes, 0, "not terminated");
    }
}
