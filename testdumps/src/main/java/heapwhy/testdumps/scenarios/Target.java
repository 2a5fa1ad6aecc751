package heapwhy.testdumps.scenarios;

/** PATHS_BENCH: the class whose 100_000 instances are held through three different structures. */
final class Target {
    final int id;
    final long stamp;

    Target(int id) {
        this.id = id;
        this.stamp = 1_700_000_000_000L + id;
    }
}
