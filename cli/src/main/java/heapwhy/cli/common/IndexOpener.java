package heapwhy.cli.common;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.summary.HeapSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens one dump's index for a command: reuses the saved one or builds it, with a progress line for big dumps
 * on a terminal, a warning when a saved index had to be rebuilt, and every problem with the dump turned into
 * a one-line {@link UnreadableDumpException} by {@link DumpFiles}.
 */
public final class IndexOpener {
    private final CommandEnvironment environment;
    private final PrintWriter err;

    public IndexOpener(CommandEnvironment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    public OpenIndex open(Path dump, IndexChoice choice) {
        long size = DumpFiles.checkReadable(dump);
        Path temporary = choice.noCache ? createTemporaryDir() : null;
        Path dir = temporary != null ? temporary : choice.indexDir != null ? choice.indexDir : environment.cacheDir("index");
        IndexOptions options = IndexOptions.defaults().withKeepUnreachable(choice.keepUnreachable).withIndexDir(dir)
                .withUseCache(!choice.noCache);
        HeapIndex index;
        try (TerminalProgress progress = new TerminalProgress(err, "indexing " + dump.getFileName(),
                environment.terminal().getAsBoolean() && size > TerminalProgress.THRESHOLD, System::nanoTime)) {
            index = DumpFiles.guarded(dump, () -> HeapIndex.open(dump, options, progress));
        } catch (RuntimeException | Error e) {
            OpenIndex.deleteTree(temporary);
            throw e;
        }
        // The dump's own warnings, and a saved index that could not be reused (rebuildReason) and was rebuilt.
        for (String warning : HeapSummary.of(index).warnings()) {
            err.println("heapwhy: warning: " + dump.getFileName() + ": " + warning);
        }
        err.flush();
        return new OpenIndex(index, temporary);
    }

    private static Path createTemporaryDir() {
        try {
            return Files.createTempDirectory("heapwhy-index-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the index: " + e.getMessage(), e);
        }
    }
}
