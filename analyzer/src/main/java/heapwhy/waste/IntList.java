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
}
