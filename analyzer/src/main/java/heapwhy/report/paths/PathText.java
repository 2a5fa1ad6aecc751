package heapwhy.report.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.Chain;
import heapwhy.paths.ChainText;
import heapwhy.util.ObjectIdText;

/** One object's shortest chain from a GC root, one step per line, or the line that says there is none. */
public final class PathText {
    private PathText() {
    }

    /** @param chain the chain, or null when no root reaches the object over the references followed */
    public static String format(HeapIndex index, int target, Chain chain, boolean includeWeak) {
        if (chain != null) {
            return ChainText.format(index, chain);
        }
        return index.describe(target) + " " + ObjectIdText.hex(index.objectId(target)) + " has no "
                + (includeWeak ? "path from a GC root."
                : "strong path from a GC root: it is held only through weak, soft, phantom or final "
                        + "references (--include-weak shows them).")
                + System.lineSeparator();
    }
}
