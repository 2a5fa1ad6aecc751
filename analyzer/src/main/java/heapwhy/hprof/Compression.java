package heapwhy.hprof;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** How the dump file is stored on disk, detected from its magic bytes. */
public enum Compression {
    /** A plain HPROF file. */
    NONE,
    /** gzip members of at most 1 MiB each, as written by {@code jcmd GC.heap_dump -gz}: random access by member. */
    CHUNKED_GZIP,
    /** Any other gzip file: sequential reading only. */
    GZIP;

    /**
     * How {@code file} is stored, from its first bytes only, so that a command can refuse a file it cannot use
     * before reading all of it; a file that is not HPROF (or gzip) throws {@link HprofException}.
     */
    public static Compression of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return DumpFormat.detect(file, channel);
        }
    }

    /** Whether single objects can be read at their position, as paths to GC roots need to name fields. */
    public boolean randomAccess() {
        return this != GZIP;
    }
}
