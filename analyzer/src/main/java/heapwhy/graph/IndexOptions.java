package heapwhy.graph;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to open a dump's object graph, built by name from {@link #defaults()}:
 * {@code IndexOptions.defaults().withIndexDir(dir).withKeepUnreachable(true)}. A class rather than a record so
 * that no caller can pass the two booleans positionally and swap them unnoticed.
 */
public final class IndexOptions {
    private static final IndexOptions DEFAULTS = new IndexOptions(false, null, true);

    private final boolean keepUnreachable;
    private final Path indexDir;
    private final boolean useCache;

    private IndexOptions(boolean keepUnreachable, Path indexDir, boolean useCache) {
        this.keepUnreachable = keepUnreachable;
        this.indexDir = indexDir;
        this.useCache = useCache;
    }

    /** Reachable objects only, indexes in {@link #defaultIndexRoot()}, a saved index reused when intact. */
    public static IndexOptions defaults() {
        return DEFAULTS;
    }

    /** The same options, keeping objects no GC root reaches (as extra roots) instead of leaving them out. */
    public IndexOptions withKeepUnreachable(boolean keep) {
        return new IndexOptions(keep, indexDir, useCache);
    }

    /** The same options, with indexes kept under {@code dir}; null for {@link #defaultIndexRoot()}. */
    public IndexOptions withIndexDir(Path dir) {
        return new IndexOptions(keepUnreachable, dir, useCache);
    }

    /** The same options, reusing a saved index of the same dump when it is intact (and saving a new one) or not. */
    public IndexOptions withUseCache(boolean use) {
        return new IndexOptions(keepUnreachable, indexDir, use);
    }

    /** Whether objects no GC root reaches are kept (as extra roots) instead of left out. */
    public boolean keepUnreachable() {
        return keepUnreachable;
    }

    /** Where indexes are kept; null for the default, {@code ~/.cache/heapwhy/index}. */
    public Path indexDir() {
        return indexDir;
    }

    /** Whether a saved index of the same dump is reused when it is intact (and a new one saved). */
    public boolean useCache() {
        return useCache;
    }

    /** The folder indexes go to when none is given. */
    public static Path defaultIndexRoot() {
        return Path.of(System.getProperty("user.home"), ".cache", "heapwhy", "index");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexOptions other && keepUnreachable == other.keepUnreachable
                && useCache == other.useCache && Objects.equals(indexDir, other.indexDir);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keepUnreachable, indexDir, useCache);
    }

    @Override
    public String toString() {
        return "IndexOptions[keepUnreachable=" + keepUnreachable + ", indexDir=" + indexDir + ", useCache=" + useCache
                + "]";
    }
}
