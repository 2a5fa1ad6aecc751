package heapwhy.hprof;

/** Receives how far a long pass over a dump has come. Called from the reading thread, at most a few times a second's worth of bytes. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param bytesDone bytes of the dump file read so far
     * @param bytesTotal size of the dump file in bytes
     */
    void progress(long bytesDone, long bytesTotal);
}
