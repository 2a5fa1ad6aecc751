package heapwhy.hprof;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Big-endian reader with an absolute position over the uncompressed HPROF bytes. It keeps one buffer and
 * refills it from a file channel (where large skips become seeks, so array contents are never copied) or
 * from an inflating stream. Never allocates in proportion to anything read from the dump.
 */
public final class HprofInput {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int BUFFER_SIZE = 1 << 20;

    private final FileChannel channel;
    private final InputStream stream;
    private final byte[] buf = new byte[BUFFER_SIZE];
    private final ByteBuffer wrapped = ByteBuffer.wrap(buf);
    private int pos;
    private int limit;
    /** Stream position of buf[0]. */
    private long bufStart;
    private boolean eof;
    private int idSize = 8;

    private HprofInput(FileChannel channel, InputStream stream, long start) {
        this.channel = channel;
        this.stream = stream;
        this.bufStart = start;
    }

    /** Reads a plain file from {@code start}. The channel stays owned by the caller. */
    public static HprofInput of(FileChannel channel, long start) {
        return new HprofInput(channel, null, start);
    }

    /** Reads an (inflating) stream whose first byte is at stream position 0. */
    public static HprofInput of(InputStream stream) {
        return new HprofInput(null, stream, 0);
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
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStart += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < n && !eof) {
            int read;
            if (channel != null) {
                wrapped.limit(buf.length).position(limit);
                read = channel.read(wrapped, bufStart + limit);
            } else {
                read = stream.read(buf, limit, buf.length - limit);
            }
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
    }

    public int u1(String what) throws IOException {
        require(1, what);
        return buf[pos++] & 0xFF;
    }

    public int u2(String what) throws IOException {
        require(2, what);
        int v = (short) SHORT.get(buf, pos) & 0xFFFF;
        pos += 2;
        return v;
    }

    public int i4(String what) throws IOException {
        require(4, what);
        int v = (int) INT.get(buf, pos);
        pos += 4;
        return v;
    }

    public long u4(String what) throws IOException {
        return i4(what) & 0xFFFFFFFFL;
    }

    public long i8(String what) throws IOException {
        require(8, what);
        long v = (long) LONG.get(buf, pos);
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
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            require(1, what);
            int chunk = Math.min(n - done, limit - pos);
            System.arraycopy(buf, pos, out, done, chunk);
            pos += chunk;
            done += chunk;
        }
        return out;
    }

    /**
     * Skips {@code n} bytes. On a file, a skip past the buffer becomes a seek; the caller learns of a
     * short file at the next read. On a stream, bytes are read and dropped, and a short stream throws.
     */
    public void skip(long n, String what) throws IOException {
        long inBuffer = limit - pos;
        if (n <= inBuffer) {
            pos += (int) n;
            return;
        }
        if (channel != null) {
            bufStart = position() + n;
            pos = 0;
            limit = 0;
            eof = false;
            return;
        }
        long start = position();
        long left = n - inBuffer;
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

    /** Moves to an absolute position; only for files. */
    public void seek(long position) {
        if (channel == null) {
            throw new IllegalStateException("seek on a stream");
        }
        if (position >= bufStart && position <= bufStart + limit) {
            pos = (int) (position - bufStart);
            return;
        }
        bufStart = position;
        pos = 0;
        limit = 0;
        eof = false;
    }

    public boolean isFile() {
        return channel != null;
    }
}
