package heapwhy.paths;

import heapwhy.graph.GcRoot;

import java.util.List;

/**
 * One path from a GC root to an object, in readable steps.
 *
 * @param root the GC root that holds the first object, or null when the chain starts at a class (alive while
 *             its loader is)
 * @param rootText the root spelled out, e.g. "system class com.acme.MyCache"
 * @param steps the steps from the root's object to the target; empty when the target is itself a root
 * @param target the object the path leads to
 */
public record Chain(GcRoot root, String rootText, List<Step> steps, int target) {
    public Chain {
        steps = List.copyOf(steps);
    }
}
