package heapwhy.paths;

import heapwhy.graph.GcRoot;
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
     * A chain of nodes from a root (the first) to an object (the last), found by a search made elsewhere, in
     * steps that name the collections but not the element (map[…], list[…]): the path of a whole site of alike
     * objects.
     */
    public static Chain siteChain(HeapIndex index, GcRoot root, String rootText, int[] chain) throws IOException {
        return new Chain(root, rootText, new ContainerSteps(index, false).of(chain), chain[chain.length - 1]);
    }
}
