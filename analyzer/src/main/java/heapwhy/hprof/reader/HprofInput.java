package heapwhy.hprof.reader;

import heapwhy.hprof.BasicType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Big-endian reader with an absolute position over the uncompressed HPROF bytes. A plain file is read
 * through memory-mapped windows (no copying; a large skip just moves the next window), a compressed one
 * through a buffer refilled from the inflating stream. Nothing here allocates in proportion to a value
 * read from the dump, so corrupted lengths cannot exhaust memory.
 */
public final class HprofInput {
    private static final long WINDOW = 1L << 30;
    private static final int STREAM_BUFFER = 1 << 20;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final FileChannel channel;
    private final long fileSize;
    private final InputStream stream;
    private final byte[] streamBytes;
    private ByteBuffer buf;
    private int pos;
    private int limit;
    /** Stream position of buf[0]. */
    private long bufStart;
    private boolean eof;
    private int idSize = 8;

    private HprofInput(FileChannel channel, long fileSize, InputStream stream) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.stream = stream;
        this.streamBytes = stream == null ? null : new byte[STREAM_BUFFER];
        this.buf = stream == null ? EMPTY : ByteBuffer.wrap(streamBytes);
        this.limit = 0;
    }

    /** Reads a plain file from its first byte. The channel stays owned by the caller. */
    public static HprofInput of(FileChannel channel) throws IOException {
        return new HprofInput(channel, channel.size(), null);
    }

    /** Reads an (inflating) stream whose first byte is at stream position 0. */
    public static HprofInput of(InputStream stream) {
        return new HprofInput(null, -1, stream);
    }

    void idSize(int idSize) {
        this.idSize = idSize;
    }

    public int idSize() {
        return idSize;
    }

    /** Stream position of the next byte to read. */
    public long position() {
        return bufStart + pos;
    }

    public boolean isFile() {
        return channel != null;
    }

    /** Whether at least {@code n} more bytes are available; reads ahead as needed. */
    public boolean has(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        fill(n);
        return limit - pos >= n;
    }

    private void require(int n, String what) throws IOException {
        if (limit - pos < n) {
            fill(n);
            if (limit - pos < n) {
                throw new TruncatedInputException(position(), what);
            }
        }
    }

    private void fill(int n) throws IOException {
        if (channel != null) {
            long at = position();
            long length = Math.min(WINDOW, fileSize - at);
            if (length <= limit - pos) {
                return; // the current window already reaches the end of the file
            }
            buf = length <= 0 ? EMPTY : channel.map(FileChannel.MapMode.READ_ONLY, at, length);
            bufStart = at;
            pos = 0;
            limit = Math.max(0, (int) length);
            return;
        }
        if (pos > 0) {
            System.arraycopy(streamBytes, pos, streamBytes, 0, limit - pos);
            bufStart += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < n && !eof) {
            int read = stream.read(streamBytes, limit, streamBytes.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
    }

    public int u1(String what) throws IOException {
        require(1, what);
        return buf.get(pos++) & 0xFF;
    }

    public int u2(String what) throws IOException {
        require(2, what);
        int v = buf.getShort(pos) & 0xFFFF;
        pos += 2;
        return v;
    }

    public int i4(String what) throws IOException {
        require(4, what);
        int v = buf.getInt(pos);
        pos += 4;
        return v;
    }

    public long u4(String what) throws IOException {
        return i4(what) & 0xFFFFFFFFL;
    }

    public long i8(String what) throws IOException {
        require(8, what);
        long v = buf.getLong(pos);
        pos += 8;
        return v;
    }

    public long id(String what) throws IOException {
        return idSize == 8 ? i8(what) : u4(what);
    }

    /** A value of a basic type, widened to long (floats and doubles as raw bits). */
    public long value(int basicType, String what) throws IOException {
        return switch (basicType) {
            case BasicType.OBJECT -> id(what);
            case BasicType.BOOLEAN, BasicType.BYTE -> (byte) u1(what);
            case BasicType.CHAR -> u2(what);
            case BasicType.SHORT -> (short) u2(what);
            case BasicType.FLOAT, BasicType.INT -> i4(what);
            case BasicType.DOUBLE, BasicType.LONG -> i8(what);
            default -> throw new IllegalArgumentException("basic type " + basicType);
        };
    }

    /** Reads exactly {@code n} bytes into a new array; callers bound {@code n} first. */
    public byte[] bytes(int n, String what) throws IOException {
        if (channel != null && position() + n > fileSize) {
            throw new TruncatedInputException(position(), what);
        }
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            require(1, what);
            int chunk = Math.min(n - done, limit - pos);
            buf.get(pos, out, done, chunk);
            pos += chunk;
            done += chunk;
        }
        return out;
    }

    /**
     * Skips {@code n} bytes. On a file a long skip only moves the position, and a short file shows at the
     * next read; on a stream the bytes are read and dropped, and a short stream throws.
     */
    public void skip(long n, String what) throws IOException {
        if (n <= limit - pos) {
            pos += (int) n;
            return;
        }
        if (channel != null) {
            bufStart = position() + n;
            buf = EMPTY;
            pos = 0;
            limit = 0;
            return;
        }
        long start = position();
        long left = n - (limit - pos);
        pos = limit;
        while (left > 0) {
            fill(1);
            if (limit == pos) {
                throw new TruncatedInputException(start, what);
            }
            int chunk = (int) Math.min(left, limit - pos);
            pos += chunk;
            left -= chunk;
        }
    }
}
