package heapwhy.graph;

/** Prints how long each phase of an index build took, to stderr, when -Dheapwhy.phases=true. */
final class BuildTimings {
    private static final boolean ON = Boolean.getBoolean("heapwhy.phases");
    private static final ThreadLocal<long[]> LAST = ThreadLocal.withInitial(() -> new long[1]);

    private BuildTimings() {
    }

    static void start() {
        LAST.get()[0] = System.nanoTime();
    }

    static void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("heapwhy: %-40s %6.2f s%n", phase, (now - LAST.get()[0]) / 1e9);
            LAST.get()[0] = now;
        }
    }
}
