package heapwhy.hprof;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dump that cannot be read as HPROF: names the file, the byte offset and what was wrong there, so that
 * the CLI can print it as one line. Offsets are in the uncompressed HPROF stream; for a gzip file the
 * message says so.
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

    /** Byte offset of the problem; for compressed dumps, an offset in the uncompressed stream. */
    public long offset() {
        return offset;
    }

    public String problem() {
        return problem;
    }
}
