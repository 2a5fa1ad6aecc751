package heapwhy.suspects;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.EdgeLabels;
import heapwhy.paths.walk.ShortestPaths;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * From one top-most object of the dominator tree down through class loaders and class mirrors to the objects
 * that accumulate, as {@link Suspects} tells the rule: a loader or a class retains what its statics hold, which
 * says where the memory is no more than "the heap" does.
 */
final class Descent {
    /**
     * Where the walk stopped: a suspect before its details are read.
     *
     * @param below the suspects found further down, whose memory this one's story leaves out
     */
    record Found(int node, SuspectKind kind, Holder holder, long ownBytes, Set<Integer> below) {
        Found {
            below = Set.copyOf(below);
        }
    }

    private final HeapIndex index;
    private final Loaders loaders;
    private final EdgeLabels labels;
    private final long minBytes;

    Descent(HeapIndex index, Loaders loaders, EdgeLabels labels, long minBytes) {
        this.index = index;
        this.loaders = loaders;
        this.labels = labels;
        this.minBytes = minBytes;
    }

    /** The suspects at and below a top-most object that passes the threshold. */
    List<Found> from(int top) throws IOException {
        return down(top, null);
    }

    private List<Found> down(int node, Holder holder) throws IOException {
        long retained = index.retainedSize(node);
        boolean mirror = index.isClass(node);
        boolean loader = !mirror && loaders.isLoader(node);
        if (!mirror && !loader) {
            return List.of(new Found(node, SuspectKind.OBJECT, holder, retained, Set.of()));
        }
        if (loader && !loaders.isJdkLoader(node)) {
            Holder keptBy = holder != null ? holder : holderOnShortestChain(node);
            if (!isParentOfALoader(keptBy)) {
                return List.of(new Found(node, SuspectKind.KEPT_LOADER, keptBy, retained, Set.of()));
            }
        }
        List<Found> found = new ArrayList<>();
        for (int child : index.dominatorTree().dominatedBy(node)) {
            if (index.retainedSize(child) < minBytes) {
                break;
            }
            found.addAll(down(child, holder(node, child)));
        }
        // each byte below is told by exactly one suspect, so what the found ones tell adds up without overlap
        long own = retained - found.stream().mapToLong(Found::ownBytes).sum();
        if (found.isEmpty() || own >= minBytes) {
            Set<Integer> below = new HashSet<>();
            found.forEach(f -> below.add(f.node()));
            found.add(new Found(node, SuspectKind.STATICS, holder, own, below));
        }
        return found;
    }

    /** A loader held as another loader's parent is alive because its children are, not on its own. */
    private boolean isParentOfALoader(Holder holder) throws IOException {
        return holder != null && "parent".equals(holder.field()) && loaders.isLoader(holder.owner());
    }

    /** The object before the node on its shortest strong chain from a GC root; null when it is a root or unreached. */
    private Holder holderOnShortestChain(int node) throws IOException {
        int before = ShortestPaths.compute(index, false, node).parent(node);
        return before < 0 ? null : new Holder(before, labels.label(before, node));
    }

    /** How the owner holds the child it dominates: by one of its references, or through other objects. */
    Holder holder(int owner, int child) throws IOException {
        int count = index.outboundCount(owner);
        for (int i = 0; i < count; i++) {
            if (index.outboundTarget(owner, i) == child) {
                return new Holder(owner, labels.label(owner, child));
            }
        }
        return new Holder(owner, null);
    }
}
