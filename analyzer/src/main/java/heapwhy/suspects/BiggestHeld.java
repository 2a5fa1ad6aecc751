package heapwhy.suspects;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The biggest objects that the statics under a class loader or class mirror hold: where a loader's memory is
 * when it spreads over many small things, in the terms of the fields that hold them.
 */
final class BiggestHeld {
    private BiggestHeld() {
    }

    /** At most {@link Suspects#HELD_CLASSES} objects, biggest first, the left-out ones and their subtrees not counted. */
    static List<HeldObject> of(HeapIndex index, Descent descent, int at, Set<Integer> leftOut) throws IOException {
        List<int[]> candidates = new ArrayList<>();
        collect(index, at, leftOut, candidates);
        candidates.sort(Comparator.comparingLong((int[] c) -> -index.retainedSize(c[0])).thenComparingInt(c -> c[0]));
        List<HeldObject> biggest = new ArrayList<>();
        for (int[] c : candidates.subList(0, Math.min(Suspects.HELD_CLASSES, candidates.size()))) {
            biggest.add(new HeldObject(c[0], descent.holder(c[1], c[0]), index.retainedSize(c[0])));
        }
        return biggest;
    }

    /** The owner's dominated objects as {object, owner}; a class is looked through to what its statics hold. */
    private static void collect(HeapIndex index, int owner, Set<Integer> leftOut, List<int[]> into) {
        for (int child : index.dominatorTree().dominatedBy(owner)) {
            if (leftOut.contains(child)) {
                continue;
            }
            if (index.isClass(child)) {
                collect(index, child, leftOut, into);
            } else {
                into.add(new int[]{child, owner});
            }
        }
    }
}
