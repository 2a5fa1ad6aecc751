package heapwhy.paths;

import heapwhy.util.Sizes;

/**
 * One readable step of a path: how the object before holds {@code node}, e.g. "next", "static MyCache.ENTRIES",
 * "[3]", or a whole collection's internals collapsed into {@code map["tenant-3"]}, {@code list[17]},
 * {@code threadLocal}; or a run of one link between objects of one class, {@code next ×2,999}.
 *
 * @param link the step as people read it, without the length of a run
 * @param node the object reached by the step (for a run, the last one)
 * @param times how many times the link repeats: 1 for a plain step
 */
public record Step(String link, int node, int times) {
    /** A plain step, taken once. */
    public Step(String label, int node) {
        this(label, node, 1);
    }

    /** The step as people read it: "next", or "next ×2,999" for a run. */
    public String label() {
        return times == 1 ? link : link + " ×" + Sizes.grouped(times);
    }
}
