package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * THREAD_LOCAL: 8_000 tasks per step on a fixed pool of 4 threads; each appends a {@link RequestContext}
 * to its thread's ThreadLocal list and never removes it.
 */
public final class ThreadLocalScenario {
    static final int PER_STEP = 8_000;
    static final int THREADS = 4;
    static final ThreadLocal<List<RequestContext>> CONTEXT = new ThreadLocal<>();
    private static final String[] PATHS = {"/orders", "/users", "/cart", "/search"};

    private ThreadLocalScenario() {
    }

    /** Names pool threads and remembers them, so main can wait until all are parked. */
    static final class PoolThreads implements ThreadFactory {
        final List<Thread> threads = new ArrayList<>();

        @Override
        public synchronized Thread newThread(Runnable r) {
            Thread t = new Thread(r, "request-pool-" + threads.size());
            threads.add(t);
            return t;
        }

        synchronized List<Thread> snapshot() {
            return new ArrayList<>(threads);
        }
    }

    /** One simulated request. */
    static final class ContextTask implements Runnable {
        private final long id;
        private final CountDownLatch done;

        ContextTask(long id, CountDownLatch done) {
            this.id = id;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                List<RequestContext> list = CONTEXT.get();
                if (list == null) {
                    list = new ArrayList<>();
                    CONTEXT.set(list);
                }
                list.add(new RequestContext(id, PATHS[(int) (id % PATHS.length)], (int) (id % 3), id * 10));
                Churn.run(20);
            } finally {
                done.countDown();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("thread_local", args);
        snapshots.writeRunProperties();
        PoolThreads factory = new PoolThreads();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.prestartAllCoreThreads();
        for (int step = 1; step <= 3; step++) {
            CountDownLatch done = new CountDownLatch(PER_STEP);
            for (int i = 0; i < PER_STEP; i++) {
                pool.execute(new ContextTask((long) (step - 1) * PER_STEP + i, done));
            }
            done.await();
            Churn.run(300_000);
            awaitParked(factory.snapshot());
            snapshots.take(step);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Waits until every pool thread is parked (taking from the empty queue). */
    private static void awaitParked(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            while (t.getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
        }
    }
}
