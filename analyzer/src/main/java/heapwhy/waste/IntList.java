package heapwhy.waste;

import java.util.Arrays;

/**
 * A growing list of ints: the nodes a walk over every object picks, without one boxed Integer each. Kept in
 * blocks of 16,384: a list of millions grows without copying itself, and without the arrays of a megabyte and
 * more that the garbage collector allocates apart and answers with a marking cycle each.
 */
final class IntList {
    private static final int SHIFT = 14;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private int[][] blocks = new int[4][];
    private int size;

    void add(int value) {
        block(size >>> SHIFT)[size & MASK] = value;
        size++;
    }

    /** Adds every value of another list, in its order. */
    void addAll(IntList other) {
        for (int from = 0; from < other.size; ) {
            int n = Math.min(other.size - from, Math.min(BLOCK - (from & MASK), BLOCK - (size & MASK)));
            System.arraycopy(other.blocks[from >>> SHIFT], from & MASK, block(size >>> SHIFT), size & MASK, n);
            from += n;
            size += n;
        }
    }

    private int[] block(int b) {
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, b * 2);
        }
        if (blocks[b] == null) {
            blocks[b] = new int[BLOCK];
        }
        return blocks[b];
    }

    int get(int i) {
        return blocks[i >>> SHIFT][i & MASK];
    }

    int size() {
        return size;
    }

    /** Where a value is in a list filled in increasing order, or a negative number. */
    int indexOf(int value) {
        return search(value, 0, size);
    }

    /**
     * {@link #indexOf} of a value at or after place {@code from} in the list: searched from there in growing
     * steps, so that looking up values in about the list's order (a String's value array comes soon after the
     * previous String's) costs a few steps, not a search of the whole list; else the whole list is searched.
     */
    int indexOf(int value, int from) {
        if (from < 0 || from >= size || get(from) > value) {
            return indexOf(value);
        }
        int step = 1;
        while (from + step < size && get(from + step) <= value) {
            step <<= 1;
        }
        return search(value, from + (step >> 1), Math.min(size, from + step));
    }

    /** A binary search of places {@code from} (inclusive) to {@code to}: the value's place, or a negative number. */
    private int search(int value, int from, int to) {
        int low = from;
        int high = to - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int v = get(middle);
            if (v < value) {
                low = middle + 1;
            } else if (v > value) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }
}
