package heapwhy.hprof;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tells HPROF from the other things a user may hand over, by magic bytes, never by file name: what
 * {@link Compression#of} detects, and the check the reader makes of a gzip file's inflated start.
 */
public final class DumpFormat {
    static final String HPROF_MAGIC = "JAVA PROFILE ";
    private static final String PHD_MAGIC = "portable heap dump";
    /** Bytes of a text file shown back in the message. */
    private static final int PREVIEW_TEXT = 16;

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
        if (isStartOfMagic(b, n)) {
            // the start of a real header, cut short: showing it back as "not HPROF" would hide the truncation
            throw new HprofException(file, n, subject + " is truncated: too short for an HPROF header (" + n
                    + (n == 1 ? " byte)" : " bytes)"));
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

    /** Whether the n bytes are fewer than, and the first bytes of, "JAVA PROFILE ". */
    private static boolean isStartOfMagic(byte[] b, int n) {
        if (n >= HPROF_MAGIC.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[i] != HPROF_MAGIC.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first bytes as quoted text when they are all printable ASCII (a text file), else as hex. */
    static String preview(byte[] b, int n) {
        int shown = Math.min(n, PREVIEW_TEXT);
        boolean text = true;
        for (int i = 0; i < shown && text; i++) {
            int c = b[i] & 0xFF;
            text = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
        }
        StringBuilder sb = new StringBuilder();
        if (text) {
            sb.append('"');
            for (int i = 0; i < shown; i++) {
                char c = (char) b[i];
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '"', '\\' -> sb.append('\\').append(c);
                    default -> sb.append(c);
                }
            }
            return sb.append(n > shown ? "\"…" : "\"").toString();
        }
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

    /**
     * Checks that the inflated stream of a gzip file starts as HPROF does, and leaves it where it was (it must
     * support mark and reset); names the format when it is something else.
     *
     * @throws HprofException when the content is empty, damaged or not HPROF
     */
    public static void checkGzipContent(Path file, InputStream inflated) throws IOException {
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
}
