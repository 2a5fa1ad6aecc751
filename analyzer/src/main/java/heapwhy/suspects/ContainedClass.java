package heapwhy.suspects;

/**
 * One class among all the objects an accumulation point keeps alive, however deep: what piles up in it, where
 * {@link HeldClass} tells only its immediate children (often a map's nodes).
 *
 * @param className the class as {@link heapwhy.graph.HeapIndex#describe} names it
 * @param count how many such objects the accumulation point's dominator subtree holds
 * @param shallowBytes their own sizes together
 */
public record ContainedClass(String className, long count, long shallowBytes) {
}
