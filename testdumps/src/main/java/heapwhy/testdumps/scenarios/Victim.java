package heapwhy.testdumps.scenarios;

/** HOSTILE_STRINGS: a value whose {@code name} is a string hostile to label rendering. */
final class Victim {
    final String name;
    final int index;

    Victim(String name, int index) {
        this.name = name;
        this.index = index;
    }
}
