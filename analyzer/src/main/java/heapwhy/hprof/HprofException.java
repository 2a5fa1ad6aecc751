package heapwhy.hprof;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dump that cannot be read as HPROF: names the file, the byte offset and what was wrong there, so that
 * the CLI can print it as one line. Offsets are in the HPROF stream (uncompressed), except for problems with
 * the gzip framing itself, whose offset is in the compressed file and whose message says "compressed byte".
 */
public final class HprofException extends IOException {
    private final Path file;
    private final long offset;
    private final String problem;

    public HprofException(Path file, long offset, String problem) {
        super(file + ": at byte " + offset + ": " + problem);
        this.file = file;
        this.offset = offset;
        this.problem = problem;
    }

    public HprofException(Path file, long offset, String problem, Throwable cause) {
        this(file, offset, problem);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    /** Byte offset of the problem: in the HPROF stream, or in the compressed file for gzip framing problems. */
    public long offset() {
        return offset;
    }

    public String problem() {
        return problem;
    }
}
