package heapwhy.architecture;

import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** The example of docs/architecture.md, compiled and run by {@link ArchitectureExampleTest}. */
final class WalkTheGraphExample {
    private WalkTheGraphExample() {
    }

    // example:begin
    /** Prints the three objects that retain the most, each with its first fields and what they refer to. */
    static void walk(Path dump, IndexOptions options, PrintStream out) throws IOException {
        try (HeapIndex index = HeapIndex.open(dump, options, ProgressListener.NONE)) {
            out.printf("%,d objects, %,d GC roots%n", index.nodeCount(), index.roots().size());
            for (int node : index.dominatorTree().biggestObjects(3)) {
                out.printf("%s retains %,d bytes%n", index.describe(node), index.retainedSize(node));
                for (HeapField field : index.contents().fields(node, 4)) {
                    String value = field.node() == HeapIndex.NOT_FOUND
                            ? String.valueOf(field.value()) : index.describe(field.node());
                    out.printf("  %s = %s%n", field.name(), value);
                }
            }
        }
    }
    // example:end
}
