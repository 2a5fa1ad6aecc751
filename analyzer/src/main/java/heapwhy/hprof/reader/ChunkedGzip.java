package heapwhy.hprof.reader;

import heapwhy.hprof.HprofException;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Random access into a gzip file made of independent members, as HotSpot writes a dump with
 * {@code jcmd GC.heap_dump -gz=N}: each member holds at most 1 MiB of uncompressed data and the first
 * member's header carries the comment {@code HPROF BLOCKSIZE=1048576}.
 *
 * <p>{@link #open} walks the file once and inflates every member (keeping none of the output) to find where
 * its deflate data ends, checks its CRC32 and ISIZE trailer, and records the member's compressed and
 * uncompressed offsets in primitive arrays: 24 bytes per member, about 240 KB for a 10 GB dump.
 * {@link #read} then inflates only the members a read touches and keeps the last {@value #CACHE_SLOTS}
 * inflated members in reused buffers, so sequential and nearby reads do not inflate again.
 *
 * <p>Any gzip file whose members each inflate to at most {@value #MAX_MEMBER_BYTES} bytes can be opened,
 * including an ordinary single-member gzip of a small file ({@link #isChunked} tells the HotSpot form apart).
 * A member that inflates to more than that, or more than the {@code BLOCKSIZE} the first member's comment
 * declares, is an error: such a file can only be read sequentially (e.g. with
 * {@link java.util.zip.GZIPInputStream}). Memory stays bounded by that limit whatever the file claims:
 * nothing is allocated by a size read from the file.
 *
 * <p>Broken files:
 * <ul>
 *   <li>A file that ends inside a member (a JVM killed while dumping, an interrupted copy) opens: the
 *       complete members are readable, {@link #truncated()} is true and {@link #length()} counts only the
 *       complete members.</li>
 *   <li>Anything else is an {@link HprofException} whose {@link HprofException#offset() offset} is the
 *       <em>compressed</em> byte where the broken member starts, with a message
 *       {@code broken gzip member at compressed byte N: ...}: bad magic or an unknown method or flag in a
 *       member header, invalid deflate data, a CRC32 or ISIZE that differs from what was inflated.</li>
 *   <li>Bytes after the last member that do not start another gzip member (trailing garbage, zero padding)
 *       are such an error too, at the offset where the next member was expected: a dump with garbage
 *       appended is not silently cut short. (A lone {@code 1f} or a partial gzip header at the end counts
 *       as truncation.)</li>
 *   <li>Corrupt deflate data in the <em>last</em> member that makes the inflater run on to the end of the
 *       file cannot be told apart from truncation and is reported as {@link #truncated()}.</li>
 * </ul>
 *
 * <p>Thread confinement: an instance is not thread-safe (the member cache and the inflater are shared by all
 * reads); use it from one thread at a time, or open one instance per thread. There is no global state.
 */
public final class ChunkedGzip implements Closeable {
    /** The largest member accepted: far above HotSpot's 1 MiB, far below anything that strains memory. */
    public static final int MAX_MEMBER_BYTES = 64 << 20;
    /** Inflated members kept for reuse. */
    static final int CACHE_SLOTS = 4;
    private static final String HPROF_COMMENT = "HPROF BLOCKSIZE=";
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int IO_BUFFER = 64 << 10;

    private final Path file;
    private final FileChannel channel;
    /** Compressed offset of member i's header; entry {@code count} is the end of the last complete member. */
    private final long[] memberStart;
    /** Compressed offset of member i's deflate data. */
    private final long[] dataStart;
    /** Uncompressed offset of member i; entry {@code count} is {@link #length()}. */
    private final long[] uncompressedStart;
    private final int count;
    private final boolean truncated;
    private final int largestMember;

    private final byte[][] slotData = new byte[CACHE_SLOTS][];
    private final int[] slotMember = new int[CACHE_SLOTS];
    private final long[] slotUse = new long[CACHE_SLOTS];
    private long useClock;
    private int lastSlot;
    private final ByteBuffer input = ByteBuffer.allocate(IO_BUFFER);
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private boolean closed;

    private ChunkedGzip(Path file, FileChannel channel, Index index) {
        this.file = file;
        this.channel = channel;
        this.count = index.count;
        this.memberStart = Arrays.copyOf(index.memberStart, count + 1);
        this.dataStart = Arrays.copyOf(index.dataStart, count);
        this.uncompressedStart = Arrays.copyOf(index.uncompressedStart, count + 1);
        this.truncated = index.truncated;
        this.largestMember = index.largestMember;
        Arrays.fill(slotMember, -1);
    }

    /**
     * Builds the member index by inflating the whole file once.
     *
     * @throws HprofException for a file that is not gzip or has a broken member (see the class comment)
     */
    public static ChunkedGzip open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            Index index = Index.build(file, channel);
            return new ChunkedGzip(file, channel, index);
        } catch (IOException | RuntimeException | Error e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether the file starts with a gzip member whose header comment is HotSpot's
     * {@code HPROF BLOCKSIZE=...}, i.e. is a chunked dump written by the JVM. Reads only the first header;
     * false for anything that is not gzip or has no such comment.
     */
    public static boolean isChunked(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] fixed = in.readNBytes(10);
            if (fixed.length < 10 || (fixed[0] & 0xff) != 0x1f || (fixed[1] & 0xff) != 0x8b || fixed[2] != 8) {
                return false;
            }
            int flags = fixed[3] & 0xff;
            if ((flags & FCOMMENT) == 0) {
                return false;
            }
            if ((flags & FEXTRA) != 0) {
                byte[] xlen = in.readNBytes(2);
                if (xlen.length < 2) {
                    return false;
                }
                int n = (xlen[0] & 0xff) | (xlen[1] & 0xff) << 8;
                if (in.readNBytes(n).length < n) {
                    return false;
                }
            }
            if ((flags & FNAME) != 0 && skipZeroTerminated(in) < 0) {
                return false;
            }
            String comment = readComment(in);
            return comment != null && comment.startsWith(HPROF_COMMENT);
        }
    }

    /** Total uncompressed bytes of the complete members. */
    public long length() {
        return uncompressedStart[count];
    }

    /** Number of complete members. */
    public int memberCount() {
        return count;
    }

    /** Whether the file ends inside a member; {@link #length()} then counts only the complete ones. */
    public boolean truncated() {
        return truncated;
    }

    /** The file this reads. */
    public Path file() {
        return file;
    }

    /**
     * Copies uncompressed bytes starting at {@code position} into {@code dst}, inflating the members needed.
     * Reads {@code min(len, length() - position)} bytes (fewer only at the end).
     *
     * @return the number of bytes read, or -1 if {@code position >= length()} (and {@code len > 0})
     * @throws HprofException if a member no longer inflates as it did when the index was built
     */
    public int read(long position, byte[] dst, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, dst.length);
        if (position < 0) {
            throw new IllegalArgumentException("negative position: " + position);
        }
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        long length = length();
        if (position >= length) {
            return -1;
        }
        int want = (int) Math.min(len, length - position);
        int done = 0;
        int member = memberAt(position);
        while (done < want) {
            byte[] data = member(member);
            int inMember = (int) (position + done - uncompressedStart[member]);
            int n = Math.min(want - done, memberSize(member) - inMember);
            System.arraycopy(data, inMember, dst, off + done, n);
            done += n;
            member++;
        }
        return done;
    }

    /**
     * A sequential stream of the uncompressed bytes from {@code position} to {@link #length()}, reading through
     * {@link #read}; closing it does not close this. Same thread confinement as this object.
     */
    public InputStream streamFrom(long position) {
        if (position < 0) {
            throw new IllegalArgumentException("negative position: " + position);
        }
        return new InputStream() {
            private long pos = position;
            private final byte[] one = new byte[1];

            @Override
            public int read() throws IOException {
                int n = ChunkedGzip.this.read(pos, one, 0, 1);
                if (n <= 0) {
                    return -1;
                }
                pos++;
                return one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = ChunkedGzip.this.read(pos, b, off, len);
                if (n > 0) {
                    pos += n;
                }
                return n;
            }

            @Override
            public long skip(long n) {
                long skipped = Math.max(0, Math.min(n, length() - pos));
                pos += skipped;
                return skipped;
            }

            @Override
            public int available() {
                return (int) Math.max(0, Math.min(Integer.MAX_VALUE, length() - pos));
            }
        };
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inflater.end();
            Arrays.fill(slotData, null);
            channel.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException(file + ": closed");
        }
    }

    private int memberSize(int member) {
        return (int) (uncompressedStart[member + 1] - uncompressedStart[member]);
    }

    /** The member holding uncompressed byte {@code position} (which is below {@link #length()}). */
    private int memberAt(long position) {
        int i = Arrays.binarySearch(uncompressedStart, 0, count + 1, position);
        if (i < 0) {
            return -i - 2;
        }
        // An exact hit is that member's first byte; skip empty members (only the single member of empty input).
        while (memberSize(i) == 0) {
            i++;
        }
        return i;
    }

    /** The inflated bytes of a member, from the cache or inflated into the least recently used slot. */
    private byte[] member(int member) throws IOException {
        if (slotMember[lastSlot] == member) {
            slotUse[lastSlot] = ++useClock;
            return slotData[lastSlot];
        }
        int victim = 0;
        for (int s = 0; s < CACHE_SLOTS; s++) {
            if (slotMember[s] == member) {
                slotUse[s] = ++useClock;
                lastSlot = s;
                return slotData[s];
            }
            if (slotUse[s] < slotUse[victim]) {
                victim = s;
            }
        }
        if (slotData[victim] == null) {
            slotData[victim] = new byte[largestMember];
        }
        slotMember[victim] = -1;
        inflate(member, slotData[victim]);
        slotMember[victim] = member;
        slotUse[victim] = ++useClock;
        lastSlot = victim;
        return slotData[victim];
    }

    private void inflate(int member, byte[] out) throws IOException {
        int size = memberSize(member);
        long pos = dataStart[member];
        long end = memberStart[member + 1] - 8; // the trailer follows the deflate data
        inflater.reset();
        crc.reset();
        int filled = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (pos >= end) {
                        throw broken(member, "deflate data ends early on a second read; has the file changed?");
                    }
                    input.clear();
                    input.limit((int) Math.min(IO_BUFFER, end - pos));
                    while (input.hasRemaining()) {
                        if (channel.read(input, pos + input.position()) < 0) {
                            throw new EOFException("file shrank");
                        }
                    }
                    pos += input.limit();
                    inflater.setInput(input.array(), 0, input.limit());
                }
                if (filled == size) {
                    // Output is full but the stream has not said it is finished: inflate into a probe byte.
                    int extra = inflater.inflate(new byte[1]);
                    if (extra > 0) {
                        throw broken(member, "inflates to more than " + size + " bytes on a second read");
                    }
                    if (inflater.needsDictionary()) {
                        throw broken(member, "deflate data asks for a preset dictionary");
                    }
                    continue;
                }
                int n = inflater.inflate(out, filled, size - filled);
                filled += n;
                if (n == 0 && inflater.needsDictionary()) {
                    throw broken(member, "deflate data asks for a preset dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw broken(member, "invalid deflate data: " + e.getMessage(), e);
        }
        if (filled != size) {
            throw broken(member, "inflates to " + filled + " bytes, " + size + " when indexed; has the file changed?");
        }
        crc.update(out, 0, size);
        long want = readLe32(memberStart[member + 1] - 8);
        if (crc.getValue() != want) {
            throw broken(member, "CRC32 mismatch on a second read; has the file changed?");
        }
    }

    private long readLe32(long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new EOFException(file + ": file shrank");
            }
        }
        return (b.get(0) & 0xffL) | (b.get(1) & 0xffL) << 8 | (b.get(2) & 0xffL) << 16 | (b.get(3) & 0xffL) << 24;
    }

    private HprofException broken(int member, String problem) {
        return broken(file, memberStart[member], problem, null);
    }

    private HprofException broken(int member, String problem, Throwable cause) {
        return broken(file, memberStart[member], problem, cause);
    }

    static HprofException broken(Path file, long compressedOffset, String problem, Throwable cause) {
        String msg = "broken gzip member at compressed byte " + compressedOffset + ": " + problem;
        return cause == null ? new HprofException(file, compressedOffset, msg)
                : new HprofException(file, compressedOffset, msg, cause);
    }

    private static int skipZeroTerminated(InputStream in) throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) > 0) {
            n++;
        }
        return b < 0 ? -1 : n;
    }

    /** The zero-terminated comment, at most 256 characters kept; null at end of file. */
    private static String readComment(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) > 0) {
            if (sb.length() < 256) {
                sb.append((char) b);
            }
        }
        return b < 0 ? null : sb.toString();
    }

    /** The one pass over the file that finds the members. */
    private static final class Index {
        int count;
        long[] memberStart = new long[64];
        long[] dataStart = new long[64];
        long[] uncompressedStart = new long[65];
        boolean truncated;
        int largestMember;

        private final Path file;
        private final FileChannel channel;
        private final byte[] buf = new byte[256 << 10];
        private int pos;
        private int limit;
        /** File offset of buf[0]. */
        private long bufStart;
        private boolean eof;

        private Index(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        static Index build(Path file, FileChannel channel) throws IOException {
            Index index = new Index(file, channel);
            index.walk();
            return index;
        }

        /** Signals that the file ends inside a member. */
        private static final class Truncated extends Exception {
            Truncated() {
                super(null, null, false, false);
            }
        }

        private void walk() throws IOException {
            Inflater inflater = new Inflater(true);
            try {
                CRC32 crc = new CRC32();
                byte[] out = new byte[128 << 10];
                int limitPerMember = MAX_MEMBER_BYTES;
                long uncompressed = 0;
                while (true) {
                    long start = position();
                    if (!ensure(1)) {
                        if (count == 0) {
                            throw broken(file, 0, "empty file, not gzip", null);
                        }
                        break;
                    }
                    try {
                        int flags = header(start);
                        long data = position();
                        if (count == 0 && (flags & FCOMMENT) != 0 && declaredBlockSize > 0) {
                            limitPerMember = (int) Math.min(MAX_MEMBER_BYTES, declaredBlockSize);
                        }
                        long size = inflate(start, inflater, crc, out, limitPerMember);
                        long wantCrc = le32();
                        long wantSize = le32();
                        if (wantCrc != crc.getValue()) {
                            throw broken(file, start, String.format(
                                    "CRC32 of the inflated data is %08x, the trailer says %08x", crc.getValue(),
                                    wantCrc), null);
                        }
                        if (wantSize != size) {
                            throw broken(file, start, "inflates to " + size + " bytes, the ISIZE trailer says "
                                    + wantSize, null);
                        }
                        add(start, data, uncompressed);
                        uncompressed += size;
                        largestMember = (int) Math.max(largestMember, size);
                        uncompressedStart[count] = uncompressed;
                    } catch (Truncated t) {
                        truncated = true;
                        break;
                    }
                }
                uncompressedStart[count] = uncompressed;
                memberStart[count] = memberEnd;
            } finally {
                inflater.end();
            }
        }

        private long memberEnd;
        private long declaredBlockSize = -1;

        private void add(long start, long data, long uncompressed) {
            if (count + 1 >= memberStart.length) {
                int n = memberStart.length * 2;
                memberStart = Arrays.copyOf(memberStart, n);
                dataStart = Arrays.copyOf(dataStart, n);
                uncompressedStart = Arrays.copyOf(uncompressedStart, n + 1);
            }
            memberStart[count] = start;
            dataStart[count] = data;
            uncompressedStart[count] = uncompressed;
            count++;
            memberEnd = position();
        }

        /** Parses a member header; returns its flags. */
        private int header(long start) throws IOException, Truncated {
            int id1 = u1();
            if (id1 != 0x1f || ensure(1) && (buf[pos] & 0xff) != 0x8b) {
                String what = count == 0 ? "not a gzip file (no 1f 8b magic)"
                        : "bytes after member " + count + " are not another gzip member (no 1f 8b magic)";
                throw broken(file, start, what, null);
            }
            u1();
            int method = u1();
            if (method != 8) {
                throw broken(file, start, "compression method " + method + ", only 8 (deflate) exists", null);
            }
            int flags = u1();
            if ((flags & 0xe0) != 0) {
                throw broken(file, start, String.format("reserved header flags set: %02x", flags), null);
            }
            for (int i = 0; i < 6; i++) {
                u1(); // MTIME, XFL, OS
            }
            if ((flags & FEXTRA) != 0) {
                int xlen = u1() | u1() << 8;
                for (int i = 0; i < xlen; i++) {
                    u1();
                }
            }
            if ((flags & FNAME) != 0) {
                while (u1() != 0) {
                    // skip the file name
                }
            }
            if ((flags & FCOMMENT) != 0) {
                StringBuilder comment = new StringBuilder();
                int b;
                while ((b = u1()) != 0) {
                    if (comment.length() < 256) {
                        comment.append((char) b);
                    }
                }
                if (count == 0 && comment.toString().startsWith(HPROF_COMMENT)) {
                    declaredBlockSize = parseBlockSize(comment.substring(HPROF_COMMENT.length()));
                }
            }
            if ((flags & FHCRC) != 0) {
                u1();
                u1();
            }
            return flags;
        }

        private static long parseBlockSize(String s) {
            int end = 0;
            while (end < s.length() && end < 12 && Character.isDigit(s.charAt(end))) {
                end++;
            }
            return end == 0 ? -1 : Long.parseLong(s.substring(0, end));
        }

        /** Inflates the deflate data at the current position, leaving the position right after it. */
        private long inflate(long start, Inflater inflater, CRC32 crc, byte[] out, int maxSize)
                throws IOException, Truncated {
            inflater.reset();
            crc.reset();
            long size = 0;
            try {
                while (true) {
                    if (inflater.needsInput()) {
                        if (!ensure(1)) {
                            throw new Truncated();
                        }
                        inflater.setInput(buf, pos, limit - pos);
                        pos = limit;
                    }
                    int n = inflater.inflate(out);
                    if (n > 0) {
                        crc.update(out, 0, n);
                        size += n;
                        if (size > maxSize) {
                            throw broken(file, start, "inflates to more than " + maxSize + " bytes"
                                    + (maxSize == MAX_MEMBER_BYTES ? " (not a chunked dump: read it sequentially)"
                                    : ", the block size its first header declares"), null);
                        }
                    }
                    if (inflater.finished()) {
                        pos = limit - inflater.getRemaining();
                        return size;
                    }
                    if (n == 0 && inflater.needsDictionary()) {
                        throw broken(file, start, "deflate data asks for a preset dictionary", null);
                    }
                }
            } catch (DataFormatException e) {
                throw broken(file, start, "invalid deflate data: " + e.getMessage(), e);
            }
        }

        private long position() {
            return bufStart + pos;
        }

        private int u1() throws IOException, Truncated {
            if (!ensure(1)) {
                throw new Truncated();
            }
            return buf[pos++] & 0xff;
        }

        private long le32() throws IOException, Truncated {
            return u1() | (long) u1() << 8 | (long) u1() << 16 | (long) u1() << 24;
        }

        /** Whether at least one byte is buffered, refilling as needed. */
        private boolean ensure(int n) throws IOException {
            if (limit - pos >= n) {
                return true;
            }
            if (eof) {
                return false;
            }
            bufStart += pos;
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
            while (limit < n || limit == 0) {
                int r = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit), bufStart + limit);
                if (r < 0) {
                    eof = true;
                    break;
                }
                limit += r;
                if (limit >= n) {
                    break;
                }
            }
            return limit - pos >= n;
        }
    }
}
