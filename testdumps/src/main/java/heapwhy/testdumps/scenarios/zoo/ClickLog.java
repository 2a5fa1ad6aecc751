package heapwhy.testdumps.scenarios.zoo;

import java.util.Arrays;

/** Clicks buffered for an analytics upload that never runs, in a home-made growable array. */
final class ClickLog {
    static Object[] clicks = new Object[16];
    static int size;

    private ClickLog() {
    }

    static void add(ClickEvent click) {
        if (size == clicks.length) {
            clicks = Arrays.copyOf(clicks, size * 2);
        }
        clicks[size++] = click;
    }
}
