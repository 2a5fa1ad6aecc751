package heapwhy.paths;

/**
 * One readable step of a path: how the object before holds {@code node}, e.g. "next", "static MyCache.ENTRIES",
 * "[3]", or a whole collection's internals collapsed into {@code map["tenant-3"]}, {@code list[17]},
 * {@code threadLocal}.
 *
 * @param label the step as people read it
 * @param node the object reached by the step
 */
public record Step(String label, int node) {
}
