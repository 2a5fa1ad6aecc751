package heapwhy.inspect;

/**
 * One reference to or from an inspected object.
 *
 * @param label how the holder refers to the held object, as paths say it: {@code next}, {@code [3]},
 *              {@code static MyCache.ENTRIES}, {@code <class>}
 * @param node the object at the other end
 * @param what that object as {@code heapwhy} describes it, with its value when it has a short one
 *             ({@code java.lang.String "tenant-3"})
 * @param retainedBytes that object's retained size
 */
public record Reference(String label, int node, String what, long retainedBytes) {
}
