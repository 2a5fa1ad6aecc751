package heapwhy.hprof;

/** How the dump file is stored on disk, detected from its magic bytes. */
public enum Compression {
    /** A plain HPROF file. */
    NONE,
    /** gzip members of at most 1 MiB each, as written by {@code jcmd GC.heap_dump -gz}: random access by member. */
    CHUNKED_GZIP,
    /** Any other gzip file: sequential reading only. */
    GZIP
}
