package heapwhy.testdumps.scenarios.zoo;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Mail to send, handed to a sender thread through a hand-made work queue. The sender first waits for the mail
 * server's connection, which never succeeds, so the queue only grows.
 */
final class Outbox {
    static final ConcurrentLinkedQueue<OutgoingMessage> PENDING = new ConcurrentLinkedQueue<>();
    private static final CountDownLatch CONNECTED = new CountDownLatch(1);
    private static volatile long sentBytes;

    private Outbox() {
    }

    /** Starts the sender thread. */
    static void start() {
        ZooThreads.start("outbox-sender", Outbox::deliverForever);
    }

    static void send(OutgoingMessage message) {
        PENDING.add(message);
    }

    private static void deliverForever() {
        try {
            CONNECTED.await();
        } catch (InterruptedException e) {
            return;
        }
        while (!Thread.currentThread().isInterrupted()) {
            OutgoingMessage m = PENDING.poll();
            if (m == null) {
                LockSupport.parkNanos(1_000_000);
            } else {
                sentBytes += m.body().length;
            }
        }
    }
}
