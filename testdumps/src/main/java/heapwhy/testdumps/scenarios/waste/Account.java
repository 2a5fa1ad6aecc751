package heapwhy.testdumps.scenarios.waste;

import java.util.HashMap;

/** WASTE: its {@code preferences} is a HashMap with one entry in a table of sixteen slots. */
final class Account {
    final HashMap<String, String> preferences;

    Account(HashMap<String, String> preferences) {
        this.preferences = preferences;
    }
}
