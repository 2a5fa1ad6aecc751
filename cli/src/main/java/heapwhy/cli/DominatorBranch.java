package heapwhy.cli;

import heapwhy.graph.HeapIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the dominator tree as shown: the object (or {@link HeapIndex#ROOT}), the children shown, and
 * how many children were hidden (below the minimum share, or past the maximum count) with their retained bytes.
 */
record DominatorBranch(int node, List<DominatorBranch> children, int hiddenCount, long hiddenBytes) {

    DominatorBranch {
        children = List.copyOf(children);
    }

    /**
     * @param depth levels of children to show below {@code node}
     * @param minBytes hide the children that retain less
     * @param maxChildren show at most this many children of one node
     */
    static DominatorBranch of(HeapIndex index, int node, int depth, long minBytes, int maxChildren) {
        if (depth <= 0) {
            return new DominatorBranch(node, List.of(), 0, 0);
        }
        List<DominatorBranch> shown = new ArrayList<>();
        int hidden = 0;
        long hiddenBytes = 0;
        for (int child : index.dominatedBy(node)) {
            long retained = index.retainedSize(child);
            if (shown.size() < maxChildren && retained >= minBytes) {
                shown.add(of(index, child, depth - 1, minBytes, maxChildren));
            } else {
                hidden++;
                hiddenBytes += retained;
            }
        }
        return new DominatorBranch(node, shown, hidden, hiddenBytes);
    }

    boolean isVirtualRoot() {
        return node == HeapIndex.ROOT;
    }
}
