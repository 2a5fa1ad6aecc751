package heapwhy.cli;

import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

/** Object ids and heap shares as the graph commands print them. */
final class ObjectIds {
    private ObjectIds() {
    }

    /** "0x7f0012a8". */
    static String hex(long id) {
        return ObjectIdText.hex(id);
    }

    /** The id as the user typed it: 0x-hex or decimal; null if it is neither. */
    static Long parse(String text) {
        return ObjectIdText.parse(text);
    }

    /** The share of the graph's bytes, 0 to 100. */
    static double percent(HeapIndex index, long bytes) {
        return index.graphBytes() > 0 ? bytes * 100.0 / index.graphBytes() : 0;
    }

    /** "12.34" (two decimals, for text and CSV). */
    static String percentText(HeapIndex index, long bytes) {
        return Sizes.percent(bytes, index.graphBytes());
    }
}
