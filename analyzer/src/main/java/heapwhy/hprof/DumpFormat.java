package heapwhy.hprof;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Tells HPROF from the other things a user may hand over, by magic bytes, never by file name. */
final class DumpFormat {
    static final String HPROF_MAGIC = "JAVA PROFILE ";
    private static final String PHD_MAGIC = "portable heap dump";

    private DumpFormat() {
    }

    /** Reads the first bytes of the file and detects gzip; throws a clear error for anything not HPROF-like. */
    static Compression detect(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            throw new HprofException(file, 0, "not an HPROF dump: the file is empty");
        }
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(64, size));
        channel.read(head, 0);
        byte[] b = head.array();
        int n = head.position();
        if (n >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return isChunkedGzip(b, n) ? Compression.CHUNKED_GZIP : Compression.GZIP;
        }
        checkHprofStart(file, b, n, "the file");
        return Compression.NONE;
    }

    /**
     * Checks that bytes look like an HPROF header; names the format when it is something else.
     *
     * @param subject what the bytes are, for the message: "the file" or "the gzip-compressed content"
     */
    static void checkHprofStart(Path file, byte[] b, int n, String subject) throws HprofException {
        if (startsWith(b, n, HPROF_MAGIC)) {
            return;
        }
        String what;
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            what = "is a ZIP archive";
        } else if (n >= 2 + PHD_MAGIC.length() && b[0] == 0 && b[1] == PHD_MAGIC.length()
                && new String(b, 2, PHD_MAGIC.length(), StandardCharsets.ISO_8859_1).equals(PHD_MAGIC)) {
            what = "is an IBM/OpenJ9 portable heap dump (PHD); heapwhy reads HotSpot HPROF dumps";
        } else if (n >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            what = "is gzip data inside gzip";
        } else {
            what = "does not start with \"JAVA PROFILE\" (first bytes: " + preview(b, n) + ")";
        }
        throw new HprofException(file, 0, "not an HPROF dump: " + subject + " " + what);
    }

    private static boolean startsWith(byte[] b, int n, String magic) {
        if (n < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String preview(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, 8); i++) {
            sb.append(String.format("%02x ", b[i] & 0xFF));
        }
        return sb.toString().trim();
    }

    /** HotSpot's chunked gzip puts "HPROF BLOCKSIZE=" in the first member's comment field. */
    private static boolean isChunkedGzip(byte[] b, int n) {
        if (n < 10 || (b[3] & 0x10) == 0) {
            return false;
        }
        int p = 10;
        if ((b[3] & 0x04) != 0) {
            if (n < 12) {
                return false;
            }
            p += 2 + ((b[10] & 0xFF) | (b[11] & 0xFF) << 8);
        }
        if ((b[3] & 0x08) != 0) {
            while (p < n && b[p] != 0) {
                p++;
            }
            p++;
        }
        String comment = "HPROF BLOCKSIZE=";
        if (p + comment.length() > n) {
            return false;
        }
        return new String(b, p, comment.length(), StandardCharsets.ISO_8859_1).equals(comment);
    }

    /** Checks the start of the inflated stream of a gzip file. */
    static void checkGzipContent(Path file, InputStream inflated) throws IOException {
        inflated.mark(64);
        byte[] b = new byte[64];
        int n = 0;
        try {
            while (n < b.length) {
                int r = inflated.read(b, n, b.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            throw new HprofException(file, 0, "broken gzip data: " + e.getMessage());
        }
        inflated.reset();
        if (n == 0) {
            throw new HprofException(file, 0, "not an HPROF dump: the gzip-compressed content is empty");
        }
        checkHprofStart(file, b, n, "the gzip-compressed content");
    }

    static GZIPInputStream gunzip(InputStream in) throws IOException {
        return new GZIPInputStream(in, 1 << 16);
    }
}
