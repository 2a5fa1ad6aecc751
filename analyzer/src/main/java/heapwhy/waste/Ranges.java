package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Work over a long run of items (nodes, candidates) cut into ranges, the ranges on several threads when the
 * dump can be read from several at once: the passes over millions of objects wait mostly on memory, and a
 * second core halves that. The results come back in the ranges' order, so joining them gives what one pass
 * would.
 */
final class Ranges {
    /** Ranges per pass: a few per core, so that the threads end together. */
    private static final int PER_PASS = 4;
    /** Fewer items than this are not worth a range of their own. */
    private static final int LEAST = 1 << 16;
    /**
     * Items a task handles per call of its inner loop: the JIT compiles a method called thousands of times once,
     * for every range and thread, where a loop of millions it would compile while running, once per range.
     */
    static final int BATCH = 1 << 10;

    /** What one range computes; it must touch nothing another range does, or the index's lazily built tables. */
    interface Task<T> {
        T run(int from, int to) throws IOException;
    }

    private Ranges() {
    }

    /**
     * The size of the ranges a pass over {@code items} is cut into: a few big ones, each a task handles in
     * {@link #BATCH}es.
     */
    static int size(int items) {
        return Math.max(LEAST, (items + PER_PASS - 1) / PER_PASS);
    }

    /** The task's results for items 0 to {@code items} in ranges of {@code size}, in order. */
    static <T> List<T> map(HeapIndex index, int items, int size, Task<T> task) throws IOException {
        int ranges = (int) ((items + (long) size - 1) / size);
        IntStream each = IntStream.range(0, ranges);
        if (ranges > 1 && index.contents().concurrentReads()) {
            each = each.parallel();
        }
        try {
            return each.mapToObj(r -> {
                try {
                    return task.run(r * size, (int) Math.min(items, (long) r * size + size));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
