package heapwhy.testdumps.scenarios.zoo;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** The request-handling pool: {@value #THREADS} threads named worker-1 to worker-3. */
final class WorkerPool {
    static final int THREADS = 3;

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), ZooThreads.numbered("worker-"));

    WorkerPool() {
        pool.prestartAllCoreThreads();
    }

    /**
     * Runs {@code work} once on each pool thread (with its index) and waits for all. No task ends before all
     * have started, so no thread can take two: each thread's share, and so the snapshot, is the same every run.
     */
    void onEachThread(IntConsumer work) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(THREADS);
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int i = 0; i < THREADS; i++) {
            int index = i;
            pool.execute(() -> {
                started.countDown();
                try {
                    started.await();
                    work.accept(index);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
    }
}
