package heapwhy.store;


import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A file of ints or longs mapped into memory in 1 GiB chunks, so that per-object data of a big dump stays
 * out of the Java heap (the page cache holds it) and a second open costs only the mapping.
 */
public final class MappedArray implements Closeable {
    private static final int CHUNK_SHIFT = 30;
    private static final long CHUNK_MASK = (1L << CHUNK_SHIFT) - 1;

    private final ByteBuffer[] chunks;
    private final long bytes;
    private final int elementShift;

    private MappedArray(ByteBuffer[] chunks, long bytes, int elementShift) {
        this.chunks = chunks;
        this.bytes = bytes;
        this.elementShift = elementShift;
    }

    /** Maps an existing file read-only as ints (elementBytes 4) or longs (8). */
    public static MappedArray open(Path file, int elementBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return map(channel, channel.size(), FileChannel.MapMode.READ_ONLY, elementBytes);
        }
    }

    /** Creates a zero-filled file of {@code length} elements and maps it for reading and writing. */
    public static MappedArray create(Path file, long length, int elementBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = length * elementBytes;
            if (size > 0) {
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
            return map(channel, size, FileChannel.MapMode.READ_WRITE, elementBytes);
        }
    }

    private static MappedArray map(FileChannel channel, long size, FileChannel.MapMode mode, int elementBytes)
            throws IOException {
        int count = (int) ((size + CHUNK_MASK) >>> CHUNK_SHIFT);
        ByteBuffer[] chunks = new ByteBuffer[Math.max(1, count)];
        chunks[0] = ByteBuffer.allocate(0);
        for (int i = 0; i < count; i++) {
            long start = (long) i << CHUNK_SHIFT;
            MappedByteBuffer chunk = channel.map(mode, start, Math.min(1L << CHUNK_SHIFT, size - start));
            chunks[i] = chunk.order(ByteOrder.nativeOrder());
        }
        return new MappedArray(chunks, size, Integer.numberOfTrailingZeros(elementBytes));
    }

    /** Number of elements (ints or longs, as opened). */
    public long length() {
        return bytes >>> elementShift;
    }

    public int getInt(long index) {
        long at = index << 2;
        return chunks[(int) (at >>> CHUNK_SHIFT)].getInt((int) (at & CHUNK_MASK));
    }

    public void setInt(long index, int value) {
        long at = index << 2;
        chunks[(int) (at >>> CHUNK_SHIFT)].putInt((int) (at & CHUNK_MASK), value);
    }

    /** Long at {@code index} (for files of longs). */
    public long getLong(long index) {
        long at = index << 3;
        return chunks[(int) (at >>> CHUNK_SHIFT)].getLong((int) (at & CHUNK_MASK));
    }

    public void setLong(long index, long value) {
        long at = index << 3;
        chunks[(int) (at >>> CHUNK_SHIFT)].putLong((int) (at & CHUNK_MASK), value);
    }

    /** This file seen as an array of ints. */
    public IntArray ints() {
        MappedArray self = this;
        return new IntArray() {
            @Override
            public long length() {
                return bytes >>> 2;
            }

            @Override
            public int get(long index) {
                return self.getInt(index);
            }
        };
    }

    /** This file seen as an array of longs. */
    public LongArray longs() {
        MappedArray self = this;
        return new LongArray() {
            @Override
            public long length() {
                return bytes >>> 3;
            }

            @Override
            public long get(long index) {
                return self.getLong(index);
            }
        };
    }

    /** CRC32C of the whole file, to check it against the one recorded when it was written. */
    public long checksum() {
        CRC32C crc = new CRC32C();
        for (ByteBuffer chunk : chunks) {
            crc.update(chunk.duplicate().clear());
        }
        return crc.getValue();
    }

    /** Mappings are released by the garbage collector; closing only drops the references. */
    @Override
    public void close() {
        java.util.Arrays.fill(chunks, null);
    }
}
