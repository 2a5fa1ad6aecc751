package heapwhy.waste;

import java.time.Duration;

/**
 * Time spent per phase of an inspection run, printed to stderr when the system property
 * {@code heapwhy.waste.timings} is true: to see where a big dump's seconds go without a profiler.
 */
final class PhaseClock {
    private final boolean on = Boolean.getBoolean("heapwhy.waste.timings");
    private long last = System.nanoTime();
    private long lastCpu = cpu();

    /**
     * Ends the phase that ran since the previous lap (or since this clock started): its wall time, and the CPU
     * time of the whole process (every thread: on a busy machine the steadier figure).
     */
    void lap(String phase) {
        if (on) {
            long now = System.nanoTime();
            long nowCpu = cpu();
            System.err.printf("waste %-20s %6d ms wall %6d ms cpu%n", phase, (now - last) / 1_000_000,
                    (nowCpu - lastCpu) / 1_000_000);
            last = now;
            lastCpu = nowCpu;
        }
    }

    private long cpu() {
        return on ? ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() : 0;
    }
}
