package heapwhy.hprof;

import java.nio.file.Path;

/**
 * What the dump's header and framing say about it.
 *
 * @param file the dump file
 * @param fileSize size of the file on disk
 * @param compression how the file is stored
 * @param version the header's format string, e.g. {@code JAVA PROFILE 1.0.2}
 * @param idSize size of object ids in bytes (4 or 8)
 * @param timestampMillis the header's time stamp (epoch milliseconds)
 */
public record DumpInfo(Path file, long fileSize, Compression compression, String version, int idSize,
                       long timestampMillis) {
}
