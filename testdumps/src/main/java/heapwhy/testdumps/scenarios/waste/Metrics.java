package heapwhy.testdumps.scenarios.waste;

import java.util.ArrayList;

/** WASTE: its {@code samples} is an ArrayList of boxed Longs, none of them from Long's cache. */
final class Metrics {
    final ArrayList<Long> samples;

    Metrics(ArrayList<Long> samples) {
        this.samples = samples;
    }
}
