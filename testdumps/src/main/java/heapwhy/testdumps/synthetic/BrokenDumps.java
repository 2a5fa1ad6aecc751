package heapwhy.testdumps.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Damages dumps the way real files are damaged (killed JVMs, old writers, disk errors) and makes files that
 * are not HPROF at all, so the parser's reaction to each can be tested. Every method returns a new array and
 * leaves its argument alone; offsets come from {@link RecordMap} (of the writer, or {@link RecordMap#scan}).
 */
public final class BrokenDumps {
    /** The tag {@link #insertUnknownSubRecord(byte[])} inserts: not a sub-record tag of HotSpot or Android. */
    public static final int UNKNOWN_SUB_TAG = 0x42;

    private BrokenDumps() {
    }

    /** The first {@code length} bytes. */
    public static byte[] truncate(byte[] bytes, long length) {
        checkOffset(bytes, length, true);
        return Arrays.copyOf(bytes, (int) length);
    }

    /** Inverts every bit of the byte at {@code offset}. */
    public static byte[] flipByte(byte[] bytes, long offset) {
        checkOffset(bytes, offset, false);
        byte[] b = bytes.clone();
        b[(int) offset] ^= (byte) 0xFF;
        return b;
    }

    /** Writes a big-endian u4 at {@code offset} (a record length, a count, an id half...). */
    public static byte[] overwriteU4(byte[] bytes, long offset, long value) {
        checkOffset(bytes, offset + 3, false);
        byte[] b = bytes.clone();
        int o = (int) offset;
        b[o] = (byte) (value >>> 24);
        b[o + 1] = (byte) (value >>> 16);
        b[o + 2] = (byte) (value >>> 8);
        b[o + 3] = (byte) value;
        return b;
    }

    /** Removes the HEAP_DUMP_END record (the last one, if there are several). */
    public static byte[] dropHeapDumpEnd(byte[] bytes) {
        RecordMap.Entry end = RecordMap.scan(bytes).lastRecord(HprofTags.HEAP_DUMP_END);
        return remove(bytes, end.offset(), end.length());
    }

    /**
     * What a JVM killed mid-dump leaves: everything after the last HEAP_DUMP(_SEGMENT) is gone (HEAP_DUMP_END
     * included) and that record's last {@code missingBytes} bytes are missing, so its length runs past EOF by
     * exactly that much.
     */
    public static byte[] lastSegmentRunsPastEof(byte[] bytes, int missingBytes) {
        RecordMap.Entry seg = lastHeapDumpRecord(RecordMap.scan(bytes));
        long bodyLength = seg.length() - HprofTags.RECORD_HEADER_SIZE;
        if (missingBytes < 1 || missingBytes > bodyLength) {
            throw new IllegalArgumentException("can cut 1.." + bodyLength + " bytes of the last segment, not "
                    + missingBytes);
        }
        return Arrays.copyOf(bytes, (int) (seg.end() - missingBytes));
    }

    /** Sets the length field of the last top-level record to 0, as old writers that never patched it left it. */
    public static byte[] zeroLengthOnLastRecord(byte[] bytes) {
        return overwriteU4(bytes, RecordMap.scan(bytes).lastRecord().lengthFieldOffset(), 0);
    }

    /**
     * Inserts a sub-record with tag {@link #UNKNOWN_SUB_TAG} (followed by 8 zero bytes) at the start of the
     * first heap-dump record's body, fixing that record's length: the parser meets the unknown tag at
     * {@code RecordMap.scan(result).records().get(...).bodyOffset()} of the first HEAP_DUMP(_SEGMENT).
     */
    public static byte[] insertUnknownSubRecord(byte[] bytes) {
        RecordMap.Entry first = firstHeapDumpRecord(RecordMap.scan(bytes));
        return insertUnknownSubRecord(bytes, first.bodyOffset(), UNKNOWN_SUB_TAG);
    }

    /** Inserts an unknown sub-record tag (followed by 8 zero bytes) at {@code offset}, a sub-record boundary. */
    public static byte[] insertUnknownSubRecord(byte[] bytes, long offset, int tag) {
        byte[] sub = new byte[9];
        sub[0] = (byte) tag;
        return insertSubRecord(bytes, offset, sub);
    }

    /**
     * Inserts raw sub-record bytes at {@code offset} (inside a heap-dump record's body, normally at a sub-record
     * start taken from a {@link RecordMap}) and adds their size to that record's length.
     */
    public static byte[] insertSubRecord(byte[] bytes, long offset, byte[] subRecord) {
        RecordMap.Entry host = null;
        for (RecordMap.Entry e : RecordMap.scan(bytes).records()) {
            if (isHeapDump(e.tag()) && offset >= e.bodyOffset() && offset <= e.end()) {
                host = e;
                break;
            }
        }
        if (host == null) {
            throw new IllegalArgumentException("offset " + offset + " is not inside a heap-dump record");
        }
        byte[] out = new byte[bytes.length + subRecord.length];
        System.arraycopy(bytes, 0, out, 0, (int) offset);
        System.arraycopy(subRecord, 0, out, (int) offset, subRecord.length);
        System.arraycopy(bytes, (int) offset, out, (int) offset + subRecord.length, bytes.length - (int) offset);
        long declared = RecordMap.u4(bytes, host.lengthFieldOffset());
        return overwriteU4(out, host.lengthFieldOffset(), declared + subRecord.length);
    }

    // ---- files that are not HPROF -------------------------------------------------------------------------

    public static byte[] empty() {
        return new byte[0];
    }

    /** A valid gzip stream of English-looking text: gzip magic, but no HPROF inside. */
    public static byte[] gzipOfRandomText(long seed) {
        Random r = new Random(seed);
        List<String> words = List.of("heap", "dump", "memory", "leak", "object", "class", "thread", "garbage");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append(words.get(r.nextInt(words.size()))).append(i % 12 == 11 ? '\n' : ' ');
        }
        return Gzip.plain(sb.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A zip archive holding one entry named heap.hprof (which is not a dump either). */
    public static byte[] zipFile() {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            zip.putNextEntry(new ZipEntry("heap.hprof"));
            zip.write("this is a zip, not a heap dump\n".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** The start of an IBM/OpenJ9 portable heap dump: u2 18, "portable heap dump", then version and flags. */
    public static byte[] openJ9Phd() {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        bos.write(0x00);
        bos.write(0x12);
        bos.writeBytes("portable heap dump".getBytes(StandardCharsets.US_ASCII));
        bos.writeBytes(new byte[] {0, 0, 0, 6}); // version
        bos.writeBytes(new byte[] {0, 0, 0, 1}); // flags
        bos.writeBytes(new byte[] {1, 0, 0, 0, 0}); // start-of-header tag and padding
        return bos.toByteArray();
    }

    /** Random bytes whose first byte matches no known magic (HPROF 'J', gzip 1f, zip 'P', PHD 00). */
    public static byte[] randomBytes(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        if (length > 0 && (b[0] == 'J' || b[0] == 0x1f || b[0] == 'P' || b[0] == 0)) {
            b[0] = 0x7e;
        }
        return b;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static boolean isHeapDump(int tag) {
        return tag == HprofTags.HEAP_DUMP || tag == HprofTags.HEAP_DUMP_SEGMENT;
    }

    private static RecordMap.Entry firstHeapDumpRecord(RecordMap map) {
        return map.records().stream().filter(e -> isHeapDump(e.tag())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no HEAP_DUMP or HEAP_DUMP_SEGMENT record"));
    }

    private static RecordMap.Entry lastHeapDumpRecord(RecordMap map) {
        return map.records().stream().filter(e -> isHeapDump(e.tag())).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("no HEAP_DUMP or HEAP_DUMP_SEGMENT record"));
    }

    private static byte[] remove(byte[] bytes, long offset, long length) {
        byte[] out = new byte[bytes.length - (int) length];
        System.arraycopy(bytes, 0, out, 0, (int) offset);
        System.arraycopy(bytes, (int) (offset + length), out, (int) offset, bytes.length - (int) (offset + length));
        return out;
    }

    private static void checkOffset(byte[] bytes, long offset, boolean endAllowed) {
        if (offset < 0 || offset > bytes.length || (!endAllowed && offset == bytes.length)) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + bytes.length);
        }
    }
}
