package heapwhy.paths;

import heapwhy.graph.HeapIndex;

import java.io.IOException;

/**
 * Makes sure the index has its object reader open before {@link HeapIndex#arrayLength} is asked: that method
 * reads a table the index opens only with the first {@code fields}/{@code classShape} call.
 */
final class ObjectReading {
    private ObjectReading() {
    }

    static void ensure(HeapIndex index) throws IOException {
        if (index.nodeCount() > 0) {
            index.classShape(0);
        }
    }
}
