package heapwhy.suspects;

import heapwhy.graph.HeapClass;

/**
 * A class whose instances together retain at least the threshold share of the heap, though no single one does.
 *
 * @param heapClass the class, with its count and retained bytes
 * @param percent its share of the graph's bytes, 0 to 100
 */
public record ClassSuspect(HeapClass heapClass, double percent) {
}
