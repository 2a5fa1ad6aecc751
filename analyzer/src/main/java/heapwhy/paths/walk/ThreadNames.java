package heapwhy.paths.walk;

import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Thread names as the dump holds them: read from a Thread object's {@code name} field, or for roots that
 * name a thread by serial number, from the Thread object that the thread's THREAD_OBJECT root names.
 */
public final class ThreadNames {
    private final HeapIndex index;
    private Map<Integer, Integer> threadBySerial;

    public ThreadNames(HeapIndex index) throws IOException {
        this.index = index;
    }

    /** The name of the thread whose Thread object is this node, or null when it has none. */
    public String ofThread(int thread) throws IOException {
        if (index.isClass(thread) || index.contents().arrayLength(thread) >= 0) {
            return null;
        }
        for (HeapField f : index.contents().fields(thread)) {
            if (f.name().equals("name") && f.node() >= 0) {
                return index.contents().stringValue(f.node());
            }
        }
        return null;
    }

    /** The name of the thread with this serial number, or null when the dump does not tell it. */
    public String ofSerial(int serial) throws IOException {
        if (serial == 0) {
            return null;
        }
        if (threadBySerial == null) {
            threadBySerial = new HashMap<>();
            for (GcRoot r : index.roots()) {
                if (r.kind() == RootKind.THREAD_OBJECT && r.node() >= 0) {
                    threadBySerial.putIfAbsent(r.threadSerial(), r.node());
                }
            }
        }
        Integer thread = threadBySerial.get(serial);
        return thread == null ? null : ofThread(thread);
    }
}
