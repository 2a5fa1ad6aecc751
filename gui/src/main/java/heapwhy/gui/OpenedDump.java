package heapwhy.gui;

import heapwhy.graph.HeapIndex;

import java.nio.file.Path;

/**
 * A dump the explorer has open: its file and its index (object graph, dominator tree, retained sizes). The
 * index is read-only and read from the background thread; the FX thread only asks it cheap questions
 * (a node's class, sizes, a dominator's children already listed).
 */
public record OpenedDump(Path path, HeapIndex index) {
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public String toString() {
        return name();
    }
}
