package heapwhy.graph;

import heapwhy.store.LongArray;

/**
 * Id → node for ids that are 8-byte aligned addresses packed in a heap, as HotSpot's are: one bit per
 * 8-byte word of the address range says where an object starts, a rank directory counts the bits before
 * every 64-bit word, and the rank of an id's bit is its position in address order, mapped to the node
 * number. No sorting, and about 4 bytes per object plus 1.5 bits per heap word (a typical 40-byte object
 * spans 5 words). A lookup touches the bitmap, the directory and the node table, with one popcount.
 */
final class DenseIdIndex implements NodeLookup {
    /** Beyond this many words of address range per object the bitmap would outweigh sorted ids. */
    private static final long MAX_WORDS_PER_OBJECT = 64;

    private final long base;
    private final long words;
    private final long[] bits;
    private final int[] wordRanks;
    private final int[] nodes;

    private DenseIdIndex(long base, long words, long[] bits, int[] wordRanks, int[] nodes) {
        this.base = base;
        this.words = words;
        this.bits = bits;
        this.wordRanks = wordRanks;
        this.nodes = nodes;
    }

    /** Builds the index, or returns null when the ids are not aligned, packed addresses. */
    static DenseIdIndex tryBuild(LongArray ids) {
        int n = (int) ids.length();
        if (n == 0) {
            return null;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long lowBits = 0;
        for (int i = 0; i < n; i++) {
            long id = ids.get(i);
            if (id < min) {
                min = id;
            }
            if (id > max) {
                max = id;
            }
            lowBits |= id;
        }
        long words = ((max - min) >>> 3) + 1;
        if (min < 0 || (lowBits & 7) != 0 || words / n > MAX_WORDS_PER_OBJECT || words > (1L << 37)) {
            return null;
        }
        long[] bits = new long[(int) ((words + 63) >>> 6)];
        for (int i = 0; i < n; i++) {
            long w = (ids.get(i) - min) >>> 3;
            bits[(int) (w >>> 6)] |= 1L << w;
        }
        int[] wordRanks = new int[bits.length];
        int rank = 0;
        for (int k = 0; k < bits.length; k++) {
            wordRanks[k] = rank;
            rank += Long.bitCount(bits[k]);
        }
        int[] nodes = new int[rank];
        DenseIdIndex index = new DenseIdIndex(min, words, bits, wordRanks, nodes);
        for (int i = 0; i < n; i++) {
            nodes[index.rank((ids.get(i) - min) >>> 3)] = i;
        }
        return index;
    }

    /** Number of objects that start before word {@code w}. */
    private int rank(long w) {
        int word = (int) (w >>> 6);
        return wordRanks[word] + Long.bitCount(bits[word] & ((1L << w) - 1));
    }

    @Override
    public int find(long id) {
        long offset = id - base;
        if (offset < 0 || (offset & 7) != 0) {
            return -1;
        }
        long w = offset >>> 3;
        if (w >= words || (bits[(int) (w >>> 6)] & (1L << w)) == 0) {
            return -1;
        }
        return nodes[rank(w)];
    }
}
