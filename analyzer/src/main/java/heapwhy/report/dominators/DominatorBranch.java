package heapwhy.report.dominators;

import heapwhy.graph.HeapIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the dominator tree as shown: the object (or {@link HeapIndex#ROOT}), the children shown, the
 * children left out past the maximum count ({@code more}) and those below the minimum share ({@code small}),
 * each with their retained bytes.
 */
public record DominatorBranch(int node, List<DominatorBranch> children, Hidden more, Hidden small) {

    /** Children left out of the tree: how many, and what they retain together. */
    public record Hidden(int count, long bytes) {
        static final Hidden NONE = new Hidden(0, 0);

        Hidden plus(long retained) {
            return new Hidden(count + 1, bytes + retained);
        }
    }

    public DominatorBranch {
        children = List.copyOf(children);
    }

    /**
     * @param depth levels of children to show below {@code node}
     * @param minBytes hide the children that retain less
     * @param maxChildren show at most this many children of one node
     */
    public static DominatorBranch of(HeapIndex index, int node, int depth, long minBytes, int maxChildren) {
        if (depth <= 0) {
            return new DominatorBranch(node, List.of(), Hidden.NONE, Hidden.NONE);
        }
        List<DominatorBranch> shown = new ArrayList<>();
        Hidden more = Hidden.NONE;
        Hidden small = Hidden.NONE;
        int[] children = node == HeapIndex.ROOT ? index.dominatorTree().topLevel()
                : index.dominatorTree().dominatedBy(node);
        for (int child : children) {
            long retained = index.retainedSize(child);
            if (retained < minBytes) {
                small = small.plus(retained);
            } else if (shown.size() < maxChildren) {
                shown.add(of(index, child, depth - 1, minBytes, maxChildren));
            } else {
                more = more.plus(retained);
            }
        }
        return new DominatorBranch(node, shown, more, small);
    }

    /** All children left out, for the formats that count them together. */
    int hiddenCount() {
        return more.count() + small.count();
    }

    long hiddenBytes() {
        return more.bytes() + small.bytes();
    }

    boolean isVirtualRoot() {
        return node == HeapIndex.ROOT;
    }
}
