package heapwhy.sites;

/**
 * One step of a site's path as {@code backrefs} words it, with the class it reaches.
 *
 * @param label how the object before holds the next: "static MyCache.ENTRIES", "listeners", "map[…]",
 *              "list[…]", "threadLocal"
 * @param className the class of the object reached
 */
public record SiteStep(String label, String className) {
    /** Whether the step goes through a collection's (or a ThreadLocal map's) insides rather than a field. */
    public boolean throughCollection() {
        return label.endsWith("]") || label.startsWith("map key") || throughThreadLocal();
    }

    /** Whether the step goes from a thread through its ThreadLocal map ("threadLocal Owner.FIELD"). */
    public boolean throughThreadLocal() {
        return label.startsWith("threadLocal") || label.startsWith("inheritableThreadLocal");
    }
}
