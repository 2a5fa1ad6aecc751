package heapwhy.graph;

import java.nio.file.Path;

/**
 * How to open a dump's object graph.
 *
 * @param keepUnreachable keep objects no GC root reaches (as extra roots) instead of leaving them out
 * @param indexDir where indexes are kept; null for the default, {@code ~/.cache/heapwhy/index}
 * @param useCache reuse a saved index of the same dump when it is intact (and save a new one)
 */
public record IndexOptions(boolean keepUnreachable, Path indexDir, boolean useCache) {

    public static IndexOptions defaults() {
        return new IndexOptions(false, null, true);
    }

    /** The folder indexes go to when none is given. */
    public static Path defaultIndexRoot() {
        return Path.of(System.getProperty("user.home"), ".cache", "heapwhy", "index");
    }
}
