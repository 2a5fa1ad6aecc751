package heapwhy.live;

/**
 * A live JVM's heap and age, as its own management beans tell them.
 *
 * @param heapUsed bytes of Java heap in use
 * @param heapMax the heap's limit in bytes ({@code -Xmx}), or -1 when the JVM has none
 * @param uptimeMillis how long the JVM has run
 */
public record JvmFigures(long heapUsed, long heapMax, long uptimeMillis) {
}
