package heapwhy.testdumps.scenarios.waste;

import java.util.ArrayList;

/** WASTE_GROWTH: its {@code items} is an empty ArrayList made with a capacity of its own. */
final class Basket {
    final ArrayList<Object> items;

    Basket(ArrayList<Object> items) {
        this.items = items;
    }
}
