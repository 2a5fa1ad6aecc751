package heapwhy.testdumps.scenarios.zoo;

import java.util.ArrayDeque;

/**
 * Not a leak: a fixed set of {@value #BUFFERS} buffers, created up front, borrowed and returned. Its size
 * never changes, however busy it is.
 */
final class BufferPool {
    static final int BUFFERS = 16;
    static final int BUFFER_BYTES = 8192;
    private static final ArrayDeque<PooledBuffer> FREE = new ArrayDeque<>(BUFFERS);

    static {
        for (int i = 0; i < BUFFERS; i++) {
            FREE.push(new PooledBuffer(BUFFER_BYTES));
        }
    }

    private BufferPool() {
    }

    static PooledBuffer borrow() {
        PooledBuffer b = FREE.pop();
        b.length = 0;
        return b;
    }

    static void giveBack(PooledBuffer buffer) {
        FREE.push(buffer);
    }
}
