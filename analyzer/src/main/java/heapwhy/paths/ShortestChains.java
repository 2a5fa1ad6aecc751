package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.RootText;
import heapwhy.paths.walk.ShortestPaths;

import java.io.IOException;

/** The single shortest chain from a GC root to one object, as objgraph's find_backref_chain gives it. */
public final class ShortestChains {
    private ShortestChains() {
    }

    /**
     * The shortest chain to the node over strong references (all references with includeWeak), or null when
     * no root reaches it that way.
     */
    public static Chain shortestChain(HeapIndex index, int node, boolean includeWeak) throws IOException {
        ShortestPaths paths = ShortestPaths.compute(index, includeWeak, node);
        int[] chain = paths.shownChain(index, node);
        if (chain == null) {
            return null;
        }
        return new Chain(paths.rootOf(chain[0]), new RootText(index).of(paths, chain[0]),
                new ContainerSteps(index).of(chain), node);
    }

    /**
     * The shown chain to the node over a search already made, in steps that name the collections but not the
     * element (map[…], list[…]): the path of a whole site of alike objects; null when the search did not
     * reach the node.
     */
    public static Chain siteChain(HeapIndex index, ShortestPaths paths, int node) throws IOException {
        int[] chain = paths.shownChain(index, node);
        if (chain == null) {
            return null;
        }
        return new Chain(paths.rootOf(chain[0]), new RootText(index).of(paths, chain[0]),
                new ContainerSteps(index, false).of(chain), node);
    }
}
