package heapwhy.suspects;

import heapwhy.paths.Chain;

import java.util.List;

/**
 * One object that retains at least the threshold share of the heap, and where inside it the memory piles up.
 *
 * @param node the top-most object of the dominator tree that passes the threshold
 * @param retained its retained size
 * @param percent its share of the graph's bytes, 0 to 100
 * @param accumulation the object below it (or itself) where the retained memory spreads over many children
 * @param childCount how many objects the accumulation point immediately dominates
 * @param heldClasses the classes of those children, the biggest by retained bytes first (at most
 *                    {@link Suspects#HELD_CLASSES})
 * @param contents the classes of every object the accumulation point keeps alive, the most shallow bytes first
 *                 (at most {@link Suspects#HELD_CLASSES})
 * @param chain the shortest strong chain from a GC root to the accumulation point, or null when there is none
 */
public record Suspect(int node, long retained, double percent, int accumulation, int childCount,
                      List<HeldClass> heldClasses, List<ContainedClass> contents, Chain chain) {
    public Suspect {
        heldClasses = List.copyOf(heldClasses);
        contents = List.copyOf(contents);
    }
}
