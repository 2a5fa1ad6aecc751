package heapwhy.testdumps.scenarios;

/** PATHS_BENCH: wraps one {@link Target}; kept in {@link PathsBenchScenario#HOLDERS}. */
final class Holder {
    final Target target;
    final String label;

    Holder(Target target, String label) {
        this.target = target;
        this.label = label;
    }
}
