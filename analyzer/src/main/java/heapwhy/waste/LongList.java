package heapwhy.waste;

import java.util.Arrays;

/** A growing list of longs: a value per node a walk over every object picks, without one boxed Long each. */
final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Adds every value of another list, in its order. */
    void addAll(LongList other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    long get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }
}
