package heapwhy.gui;

import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

/**
 * The dominator tree in words, worded as {@code heapwhy dominators} prints it (shares of the reachable heap with
 * two decimals, objects by class and hex id, the "… N more" line), so that the window and the command line agree.
 */
public final class DominatorLines {
    private DominatorLines() {
    }

    /** The line above the tree: what the shares are shares of. */
    public static String header(HeapIndex index) {
        return "Dominator tree, from the GC roots; % of the reachable heap, " + Sizes.human(index.graphBytes())
                + " (" + Sizes.grouped(index.graphBytes()) + " bytes):";
    }

    /** "12.34": the share of the reachable heap, 0 to 100. */
    public static String percent(HeapIndex index, long bytes) {
        return Sizes.percent(bytes, index.graphBytes());
    }

    /** "java.util.HashMap  0x7f0012a8". */
    public static String object(HeapIndex index, int node) {
        return index.describe(node) + "  " + ObjectIdText.hex(index.objectId(node));
    }

    /** "… 1,100 more (52.9 KB, 1.05%)": the children not shown yet and what they retain. */
    public static String more(HeapIndex index, int hidden, long hiddenBytes) {
        return "… " + Sizes.grouped(hidden) + " more (" + Sizes.human(hiddenBytes) + ", "
                + percent(index, hiddenBytes) + "%)";
    }
}
