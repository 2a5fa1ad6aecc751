package heapwhy.suspects;

/**
 * What holds a suspect that was found by looking through class loaders and class mirrors, or a class loader
 * that is itself the suspect.
 *
 * @param owner the object that holds it: the class loader or class mirror it was found under, or for a class
 *              loader on top of the dominator tree, the object before it on its shortest strong chain from a
 *              GC root
 * @param field how the owner refers to it, as {@link heapwhy.paths.walk.EdgeLabels} names an edge
 *              ("static MyCache.ENTRIES", "contextClassLoader", "&lt;class&gt;" from a loader to a class it
 *              defined), or null when the owner holds it only through other objects, none of which alone does
 */
public record Holder(int owner, String field) {
}
