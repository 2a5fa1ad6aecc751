package heapwhy.testdumps.scenarios.waste;

/** WASTE: one boolean of payload in an object that is mostly header and padding. */
final class Flag {
    final boolean on;

    Flag(boolean on) {
        this.on = on;
    }
}
