package heapwhy.testdumps.scenarios.zoo;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes every thread of the zoo, named and daemon (so a worker blocked forever does not keep the JVM up), and
 * knows them all: a snapshot is only deterministic once each of them is parked.
 */
final class ZooThreads {
    private static final List<Thread> ALL = new CopyOnWriteArrayList<>();

    private ZooThreads() {
    }

    /** A factory naming its threads {@code <prefix>1}, {@code <prefix>2}, ... */
    static ThreadFactory numbered(String prefix) {
        AtomicInteger next = new AtomicInteger(1);
        return body -> create(prefix + next.getAndIncrement(), body);
    }

    /** A factory for one thread of this name. */
    static ThreadFactory named(String name) {
        return body -> create(name, body);
    }

    /** Starts a thread of this name. */
    static Thread start(String name, Runnable body) {
        Thread t = create(name, body);
        t.start();
        return t;
    }

    private static Thread create(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        ALL.add(t);
        return t;
    }

    /**
     * Waits until every thread waits without a timeout (parked on a queue, latch or lock), or has not started
     * or has ended: states in which it allocates nothing.
     */
    static void awaitParked() throws InterruptedException {
        for (Thread t : ALL) {
            while (!Set.of(Thread.State.WAITING, Thread.State.NEW, Thread.State.TERMINATED).contains(t.getState())) {
                Thread.sleep(1);
            }
        }
    }
}
