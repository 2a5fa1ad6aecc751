package heapwhy.testdumps.scenarios.zoo;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Renders reports on one thread, in order. Its first task waits for the print spooler, which never comes up,
 * so every later report piles up in the pool's unbounded queue.
 */
final class Reports {
    static final ExecutorService POOL = Executors.newFixedThreadPool(1, ZooThreads.named("report-worker"));
    private static final CountDownLatch SPOOLER_READY = new CountDownLatch(1);
    private static volatile long printed;

    private Reports() {
    }

    /** Starts the worker on its first job: connecting to the spooler. */
    static void start() {
        POOL.execute(Reports::awaitSpooler);
    }

    static void submit(ReportTask task) {
        POOL.execute(task);
    }

    static void print(int bytes) {
        printed += bytes;
    }

    private static void awaitSpooler() {
        try {
            SPOOLER_READY.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
