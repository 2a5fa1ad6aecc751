package heapwhy.waste;

import java.util.Arrays;

/**
 * A growing list of longs: a value per node a walk over every object picks, without one boxed Long each; in
 * blocks, as {@link IntList} for the same reasons.
 */
final class LongList {
    private static final int SHIFT = 13;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private long[][] blocks = new long[4][];
    private int size;

    void add(long value) {
        block(size >>> SHIFT)[size & MASK] = value;
        size++;
    }

    /** Adds every value of another list, in its order. */
    void addAll(LongList other) {
        for (int from = 0; from < other.size; ) {
            int n = Math.min(other.size - from, Math.min(BLOCK - (from & MASK), BLOCK - (size & MASK)));
            System.arraycopy(other.blocks[from >>> SHIFT], from & MASK, block(size >>> SHIFT), size & MASK, n);
            from += n;
            size += n;
        }
    }

    private long[] block(int b) {
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, b * 2);
        }
        if (blocks[b] == null) {
            blocks[b] = new long[BLOCK];
        }
        return blocks[b];
    }

    long get(int i) {
        return blocks[i >>> SHIFT][i & MASK];
    }

    int size() {
        return size;
    }
}
