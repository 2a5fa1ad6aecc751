package heapwhy.store;

/**
 * A read-only array of ints that may be longer than a Java array and may live outside the Java heap
 * (a memory-mapped file). Per-object data of large dumps is kept in these.
 */
public interface IntArray {
    long length();

    int get(long index);

    /** Wraps a Java array. */
    static IntArray of(int[] values) {
        return new IntArray() {
            @Override
            public long length() {
                return values.length;
            }

            @Override
            public int get(long index) {
                return values[(int) index];
            }
        };
    }
}
