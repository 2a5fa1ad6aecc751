package heapwhy.testdumps.scenarios.waste;

import java.util.ArrayList;

/** WASTE_GROWTH: its {@code samples} is one ArrayList of boxed Longs that every step adds to. */
final class Meter {
    final ArrayList<Long> samples;

    Meter(ArrayList<Long> samples) {
        this.samples = samples;
    }
}
