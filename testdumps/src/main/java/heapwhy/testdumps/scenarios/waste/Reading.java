package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code level} is a Long of the same value as every other Reading's, each its own object. */
final class Reading {
    final Long level;

    Reading(Long level) {
        this.level = level;
    }
}
