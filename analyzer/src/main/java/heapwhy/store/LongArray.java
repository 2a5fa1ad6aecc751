package heapwhy.store;

/** A read-only array of longs that may be longer than a Java array and may live in a memory-mapped file. */
public interface LongArray {
    long length();

    long get(long index);

    /** Wraps a Java array. */
    static LongArray of(long[] values) {
        return new LongArray() {
            @Override
            public long length() {
                return values.length;
            }

            @Override
            public long get(long index) {
                return values[(int) index];
            }
        };
    }
}
