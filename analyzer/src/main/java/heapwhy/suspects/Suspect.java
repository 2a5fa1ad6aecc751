package heapwhy.suspects;

import heapwhy.paths.Chain;

import java.util.List;

/**
 * One object that retains at least the threshold share of the heap, and where inside it the memory piles up.
 *
 * @param node the object: the top-most one of the dominator tree that passes the threshold, or, below a class
 *             loader or class mirror that passes it, the object their statics hold that still does
 * @param kind what the object is: one that accumulates, a class loader kept alive from outside, or a loader or
 *             class whose statics hold many objects that are small alone
 * @param holder what holds it, for an object found below a class loader or class mirror and for a class
 *               loader kept alive; null for a top-most object of any other kind (its chain tells)
 * @param retained its retained size
 * @param percent its share of the graph's bytes, 0 to 100
 * @param ownBytes what it retains less what the suspects found below it retain (only a {@link SuspectKind#STATICS}
 *                 suspect has any below it; for the others it is the retained size)
 * @param accumulation the object below it (or itself) where the retained memory spreads over many children
 * @param childCount how many objects the accumulation point immediately dominates, the suspects found below it
 *                   left out
 * @param heldClasses the classes of those children, the biggest by retained bytes first (at most
 *                    {@link Suspects#HELD_CLASSES})
 * @param contents the classes of every object the accumulation point keeps alive, the suspects found below it
 *                 left out, the most shallow bytes first (at most {@link Suspects#HELD_CLASSES})
 * @param biggestHeld when the accumulation point is a class loader or class mirror: the biggest objects that
 *                    its statics (or its classes' statics) hold, the suspects found below it left out (at most
 *                    {@link Suspects#HELD_CLASSES}); else empty
 * @param chain the shortest strong chain from a GC root to the accumulation point, or null when there is none
 */
public record Suspect(int node, SuspectKind kind, Holder holder, long retained, double percent, long ownBytes,
                      int accumulation, int childCount, List<HeldClass> heldClasses, List<ContainedClass> contents,
                      List<HeldObject> biggestHeld, Chain chain) {
    public Suspect {
        heldClasses = List.copyOf(heldClasses);
        contents = List.copyOf(contents);
        biggestHeld = List.copyOf(biggestHeld);
    }
}
