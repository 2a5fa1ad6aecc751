package heapwhy.graph;

import heapwhy.classes.ClassNames;

/**
 * One class's line in the object graph: its reachable instances and the memory they hold.
 *
 * @param name class name in Java syntax
 * @param loader the defining loader ("LoaderClass@0xID"), null for the boot loader
 * @param nameIsShared whether another class of this dump has the same name
 * @param count reachable instances (all instances with keep-unreachable)
 * @param shallowBytes their shallow size
 * @param retainedBytes memory freed if all instances went away, as the dominator tree tells it: the sum
 *                      of the retained sizes of the instances that no other instance of the class dominates
 * @param unreachableCount instances no GC root reaches (left out of the graph unless keep-unreachable)
 * @param unreachableBytes their shallow size
 */
public record HeapClass(String name, String loader, boolean nameIsShared, long count, long shallowBytes,
                        long retainedBytes, long unreachableCount, long unreachableBytes) {

    /** The name, with the loader appended where two loaders define classes of that name. */
    public String displayName() {
        return ClassNames.displayName(name, loader, nameIsShared);
    }
}
