package heapwhy.histogram;

import java.util.function.LongPredicate;

/**
 * Instance counts per class id, in one interleaved open-addressing table so that counting an object
 * touches a single cache line (the hot path of the histogram). Each class also carries a flag, decided
 * the first time the class is seen, that says whether its instances are class loaders.
 */
final class InstanceCounts {
    private static final long FLAG = 1L << 62;
    private static final long COUNT_MASK = FLAG - 1;

    private long[] table; // key, flagged count, key, flagged count...
    private int mask;     // over entries
    private int size;
    private long zeroKeyCount;
    private final LongPredicate isLoaderClass;

    /** @param isLoaderClass tells, once per class id, whether its instances are class loaders */
    InstanceCounts(LongPredicate isLoaderClass) {
        this.isLoaderClass = isLoaderClass;
        table = new long[2 * 4096];
        mask = 4096 - 1;
    }

    /** Counts one instance; returns whether its class is a class loader class. */
    boolean add(long classId) {
        if (classId == 0) {
            zeroKeyCount++;
            return false;
        }
        long[] t = table;
        int i = slot(classId, mask);
        while (true) {
            long k = t[2 * i];
            if (k == classId) {
                long v = ++t[2 * i + 1];
                return (v & FLAG) != 0;
            }
            if (k == 0) {
                boolean loader = isLoaderClass.test(classId);
                t[2 * i] = classId;
                t[2 * i + 1] = 1 | (loader ? FLAG : 0);
                if (++size * 2 > mask + 1) {
                    grow();
                }
                return loader;
            }
            i = (i + 1) & mask;
        }
    }

    long count(long classId) {
        if (classId == 0) {
            return zeroKeyCount;
        }
        int i = slot(classId, mask);
        while (true) {
            long k = table[2 * i];
            if (k == classId) {
                return table[2 * i + 1] & COUNT_MASK;
            }
            if (k == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** Calls back with every class id seen and its count. */
    void forEach(java.util.function.ObjLongConsumer<Long> action) {
        if (zeroKeyCount > 0) {
            action.accept(0L, zeroKeyCount);
        }
        for (int i = 0; i <= mask; i++) {
            if (table[2 * i] != 0) {
                action.accept(table[2 * i], table[2 * i + 1] & COUNT_MASK);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] old = table;
        int capacity = (mask + 1) * 2;
        table = new long[2 * capacity];
        mask = capacity - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != 0) {
                int i = slot(old[j], mask);
                while (table[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = old[j];
                table[2 * i + 1] = old[j + 1];
            }
        }
    }
}
