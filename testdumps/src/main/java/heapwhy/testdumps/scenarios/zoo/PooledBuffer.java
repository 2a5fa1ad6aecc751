package heapwhy.testdumps.scenarios.zoo;

/** A reusable I/O buffer of a {@link BufferPool}. */
final class PooledBuffer {
    final byte[] bytes;
    int length;

    PooledBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }
}
