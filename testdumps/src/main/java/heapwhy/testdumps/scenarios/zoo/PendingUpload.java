package heapwhy.testdumps.scenarios.zoo;

/** An upload in progress, with its buffered data. */
record PendingUpload(long id, byte[] data) {
    /** Frees the temporary storage of the upload. */
    void release() {
        Uploads.released(data.length);
    }
}
