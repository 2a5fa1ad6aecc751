/**
 * A JUnit 5 leak check: {@link heapwhy.junit.NoHeapGrowth} on a test runs its body again and again in the same
 * JVM, dumps the heap after each round, and fails the test with heapwhy's why report when some place in the
 * object graph grows every round.
 */
package heapwhy.junit;
