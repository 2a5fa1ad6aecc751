package heapwhy.graph;

import heapwhy.hprof.RootKind;

/**
 * One GC root as the dump states it.
 *
 * @param kind what kind of root
 * @param node the node it holds, or {@link HeapIndex#NOT_FOUND} when the dump names an id it never dumped
 * @param objectId the id the dump names
 * @param threadSerial the thread's serial number for thread-related roots, else 0
 * @param frame the stack frame index for Java frame and JNI local roots, else -1
 * @param location for Java frame and JNI local roots, the frame's method and line as the dump's stack traces
 *                 give them ("com.acme.Worker.run(Worker.java:42)"), else empty
 */
public record GcRoot(RootKind kind, int node, long objectId, int threadSerial, int frame, String location) {
}
