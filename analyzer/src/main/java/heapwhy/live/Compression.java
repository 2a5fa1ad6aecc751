package heapwhy.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses a dump the JVM wrote as {@code GC.heap_dump -gz=1} would have: independent gzip members of at most
 * 1 MiB each, the first with the comment {@code HPROF BLOCKSIZE=1048576}, fast level. Any gzip tool reads it,
 * and heapwhy reads it at random, as a dump the JVM compressed itself.
 */
final class Compression {
    static final int BLOCK = 1 << 20;
    private static final byte[] COMMENT = ("HPROF BLOCKSIZE=" + BLOCK).getBytes(StandardCharsets.ISO_8859_1);
    private static final int FCOMMENT = 16;

    private Compression() {
    }

    static void gzip(Path from, Path to) throws IOException {
        byte[] block = new byte[BLOCK];
        byte[] deflated = new byte[BLOCK + BLOCK / 8 + 64];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW)) {
            boolean first = true;
            for (int n = in.readNBytes(block, 0, BLOCK); n > 0 || first; n = in.readNBytes(block, 0, BLOCK)) {
                member(out, block, n, first, deflater, deflated);
                first = false;
            }
        } finally {
            deflater.end();
        }
    }

    private static void member(OutputStream out, byte[] data, int length, boolean first, Deflater deflater,
                               byte[] deflated) throws IOException {
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, (byte) (first ? FCOMMENT : 0), 0, 0, 0, 0, 0, (byte) 255});
        if (first) {
            out.write(COMMENT);
            out.write(0);
        }
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(deflated);
            out.write(deflated, 0, n);
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        littleEndian(out, crc.getValue());
        littleEndian(out, length);
    }

    private static void littleEndian(OutputStream out, long value) throws IOException {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
