package heapwhy.cli.common;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A dump's opened index, and the temporary folder to delete when it is closed (with --no-cache), or null. */
public record OpenIndex(HeapIndex index, Path temporaryDir) implements AutoCloseable {

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(temporaryDir);
        }
    }

    /**
     * Opens {@code dump} with its index kept in {@code indexDir}, without a progress line (for the demo's tours and
     * watch, which say what they do themselves); a dump heapwhy cannot read is one line ({@link DumpFiles#guarded}).
     */
    public static OpenIndex quietly(Path dump, Path indexDir) {
        IndexOptions options = IndexOptions.defaults().withIndexDir(indexDir);
        return new OpenIndex(DumpFiles.guarded(dump, () -> HeapIndex.open(dump, options, ProgressListener.NONE)), null);
    }

    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
