package heapwhy.testdumps.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The two gzip shapes a dump arrives in: one ordinary stream (gzip of a finished file, sequential only) and
 * HotSpot's chunked form ({@code -gz=N}), independent members that allow random access.
 */
public final class Gzip {
    /** HotSpot's member size: 1 MiB of uncompressed data per member. */
    public static final int HOTSPOT_BLOCK_SIZE = 1 << 20;

    private Gzip() {
    }

    /** One ordinary gzip stream. */
    public static byte[] plain(byte[] data) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /**
     * Independent gzip members of at most {@code memberSize} uncompressed bytes each, the first one carrying the
     * header comment {@code HPROF BLOCKSIZE=<memberSize>} (FCOMMENT) as HotSpot writes it. Member boundaries
     * ignore record boundaries. Empty input gives one empty member.
     */
    public static byte[] chunked(byte[] data, int memberSize) {
        if (memberSize <= 0) {
            throw new IllegalArgumentException("member size must be positive: " + memberSize);
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        int off = 0;
        do {
            int n = Math.min(memberSize, data.length - off);
            String comment = off == 0 ? "HPROF BLOCKSIZE=" + memberSize : null;
            member(bos, data, off, n, comment);
            off += n;
        } while (off < data.length);
        return bos.toByteArray();
    }

    private static void member(ByteArrayOutputStream bos, byte[] data, int off, int len, String comment) {
        bos.write(0x1f);
        bos.write(0x8b);
        bos.write(8); // deflate
        bos.write(comment != null ? 0x10 : 0); // FCOMMENT
        bos.writeBytes(new byte[] {0, 0, 0, 0, 0, 3}); // MTIME 0, XFL 0, OS unix
        if (comment != null) {
            bos.writeBytes(comment.getBytes(StandardCharsets.ISO_8859_1));
            bos.write(0);
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data, off, len);
        deflater.finish();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            bos.write(buf, 0, n);
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data, off, len);
        writeLe32(bos, crc.getValue());
        writeLe32(bos, len);
    }

    private static void writeLe32(ByteArrayOutputStream bos, long v) {
        for (int i = 0; i < 4; i++) {
            bos.write((int) (v >>> (8 * i)));
        }
    }
}
