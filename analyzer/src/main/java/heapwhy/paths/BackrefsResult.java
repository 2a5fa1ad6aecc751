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
 * @param bytes what the targets with a path retain together: each object once, though targets may retain
 *              each other (a chain's nodes), as each tree node's bytes count the targets below it
 */
public record BackrefsResult(BackrefsQuery query, long targets, long considered, long withoutStrongPath,
                             List<Integer> withoutPathExamples, long cutAtDepth, List<PathTree> roots, long bytes) {
    public BackrefsResult {
        withoutPathExamples = List.copyOf(withoutPathExamples);
        roots = List.copyOf(roots);
    }

    /** Paths shown: the targets considered that have a path. */
    public long paths() {
        return considered - withoutStrongPath;
    }
}
