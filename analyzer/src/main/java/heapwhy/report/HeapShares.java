package heapwhy.report;

import heapwhy.graph.HeapIndex;
import heapwhy.util.Sizes;

/** Heap shares as the graph commands print them. */
public final class HeapShares {
    private HeapShares() {
    }

    /** The share of the graph's bytes, 0 to 100. */
    static double percent(HeapIndex index, long bytes) {
        return index.graphBytes() > 0 ? bytes * 100.0 / index.graphBytes() : 0;
    }

    /** "12.34" (two decimals, for text and CSV). */
    public static String percentText(HeapIndex index, long bytes) {
        return Sizes.percent(bytes, index.graphBytes());
    }
}
