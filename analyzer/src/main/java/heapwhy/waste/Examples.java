package heapwhy.waste;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per distinct value (a group of duplicates): its first object, its copies and the bytes its other copies
 * waste, in growing primitive arrays; the biggest become a finding's examples.
 */
final class Examples {
    private final IntList first = new IntList();
    private int[] copies = new int[256];
    private long[] wasted = new long[256];

    /** A new value whose first (kept) object is {@code node}; returns its number. */
    int add(int node) {
        int e = first.size();
        first.add(node);
        if (e == copies.length) {
            copies = java.util.Arrays.copyOf(copies, e * 2);
            wasted = java.util.Arrays.copyOf(wasted, e * 2);
        }
        copies[e] = 1;
        return e;
    }

    /** One more copy of the value, wasting {@code bytes}. */
    void waste(int e, long bytes) {
        copies[e]++;
        wasted[e] += bytes;
    }

    int first(int e) {
        return first.get(e);
    }

    long copies(int e) {
        return copies[e];
    }

    long wasted(int e) {
        return wasted[e];
    }

    /** The values that have a copy beyond the first. */
    long withWaste() {
        long n = 0;
        for (int e = 0; e < first.size(); e++) {
            if (copies[e] > 1) {
                n++;
            }
        }
        return n;
    }

    /** The {@code top} values wasting most, then with most copies, then first seen. */
    List<Integer> biggest(int top) {
        List<Integer> wasting = new ArrayList<>();
        for (int e = 0; e < first.size(); e++) {
            if (copies[e] > 1) {
                wasting.add(e);
            }
        }
        wasting.sort(Comparator.comparingLong((Integer e) -> -wasted[e]).thenComparingLong(e -> -copies[e])
                .thenComparingInt(e -> e));
        return wasting.subList(0, Math.min(top, wasting.size()));
    }
}
