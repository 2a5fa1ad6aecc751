package heapwhy.suspects;

/**
 * One class among the objects an accumulation point holds: "the types it holds".
 *
 * @param className the class as {@link heapwhy.graph.HeapIndex#describe} names it
 * @param count how many of the accumulation point's immediate children are of that class
 * @param bytes what those children retain together
 */
public record HeldClass(String className, long count, long bytes) {
}
