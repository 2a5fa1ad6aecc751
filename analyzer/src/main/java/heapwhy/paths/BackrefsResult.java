package heapwhy.paths;

import java.util.List;

/**
 * The merged shortest paths from the GC roots to the targets.
 *
 * @param query what was asked
 * @param targets how many objects matched (reachable ones, in the graph)
 * @param considered how many of them were looked at (at most maxPaths)
 * @param withoutStrongPath of those considered, how many no root reaches over strong references (or at all,
 *                          with includeWeak): held only through weak/soft/phantom/final references
 * @param withoutPathExamples up to five of them (nodes)
 * @param cutAtDepth paths longer than the depth limit, shown cut
 * @param roots the tree, one node per GC root, most paths first
 */
public record BackrefsResult(BackrefsQuery query, long targets, long considered, long withoutStrongPath,
                             List<Integer> withoutPathExamples, long cutAtDepth, List<PathTree> roots) {
    public BackrefsResult {
        withoutPathExamples = List.copyOf(withoutPathExamples);
        roots = List.copyOf(roots);
    }

    /** Paths shown: the targets considered that have a path. */
    public long paths() {
        return considered - withoutStrongPath;
    }

    /** Sum of the retained sizes of the targets with a path. */
    public long bytes() {
        return roots.stream().mapToLong(PathTree::bytes).sum();
    }
}
