package heapwhy.waste;

import java.util.Arrays;

/** A growing list of ints: the nodes a walk over every object picks, without one boxed Integer each. */
final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Adds every value of another list, in its order. */
    void addAll(IntList other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    /** Where a value is in a list filled in increasing order, or a negative number. */
    int indexOf(int value) {
        return Arrays.binarySearch(values, 0, size, value);
    }

    /**
     * {@link #indexOf} of a value at or after place {@code from} in the list: searched from there in growing
     * steps, so that looking up values in about the list's order (a String's value array comes soon after the
     * previous String's) costs a few steps, not a search of the whole list; else the whole list is searched.
     */
    int indexOf(int value, int from) {
        if (from < 0 || from >= size || values[from] > value) {
            return indexOf(value);
        }
        int step = 1;
        while (from + step < size && values[from + step] <= value) {
            step <<= 1;
        }
        return Arrays.binarySearch(values, from + (step >> 1), Math.min(size, from + step), value);
    }
}
