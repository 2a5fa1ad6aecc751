package heapwhy.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Appends ints or longs to a file in native byte order through one direct buffer, computing the file's
 * CRC32C on the way so that a later open can tell a damaged file from a good one.
 */
public final class ArrayFileWriter implements Closeable {
    private static final int BUFFER = 1 << 22;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.nativeOrder());
    private final CRC32C crc = new CRC32C();
    private long bytes;

    public ArrayFileWriter(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    public void putInt(int value) throws IOException {
        if (buffer.remaining() < 4) {
            flush();
        }
        buffer.putInt(value);
    }

    public void putLong(long value) throws IOException {
        if (buffer.remaining() < 8) {
            flush();
        }
        buffer.putLong(value);
    }

    private void flush() throws IOException {
        buffer.flip();
        crc.update(buffer.duplicate());
        bytes += buffer.remaining();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Bytes written so far, including what is still buffered. */
    public long length() {
        return bytes + buffer.position();
    }

    /** CRC32C of everything written; valid after {@link #close()}. */
    public long checksum() {
        return crc.getValue();
    }

    /**
     * Writes what is buffered and closes the file. No fsync: an index is checked against its checksums when
     * opened and rebuilt if damaged, so waiting for the disk would only slow the build.
     */
    @Override
    public void close() throws IOException {
        flush();
        channel.close();
    }
}
