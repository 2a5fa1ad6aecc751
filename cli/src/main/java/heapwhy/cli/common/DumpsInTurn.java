package heapwhy.cli.common;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Opens dumps of one program one at a time, oldest first, for the commands that compare them (why, waste): each
 * index is closed before the next opens, so that memory holds one dump's index at a time.
 */
public final class DumpsInTurn {
    /** What a command does with one dump while its index is open. */
    public interface Work {
        void on(int dumpNumber, Path dump, HeapIndex heap, TerminalProgress progress) throws IOException;
    }

    private DumpsInTurn() {
    }

    /**
     * Runs {@code work} on each dump in turn, with the progress {@code progressFor} gives it, and returns the
     * warning about the dumps' order that {@code command} should print (null when they are oldest first).
     */
    public static String each(String command, List<Path> dumps, Function<Path, OpenIndex> opener,
                              BiFunction<Path, HeapIndex, TerminalProgress> progressFor, Work work) {
        List<Long> timestamps = new ArrayList<>();
        for (int d = 0; d < dumps.size(); d++) {
            Path dump = dumps.get(d);
            try (OpenIndex opened = opener.apply(dump)) {
                HeapIndex heap = opened.index();
                timestamps.add(heap.facts().info().timestampMillis());
                try (TerminalProgress progress = progressFor.apply(dump, heap)) {
                    work.on(d, dump, heap, progress);
                }
            } catch (IOException e) {
                throw new UnreadableDumpException(dump + ": cannot read objects from the dump: " + e.getMessage());
            }
        }
        return DumpOrder.warning(command, dumps, timestamps);
    }
}
