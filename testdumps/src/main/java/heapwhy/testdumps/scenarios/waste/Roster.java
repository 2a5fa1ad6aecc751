package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code slots} is a Seat[32] of which only slot 0 is set. */
final class Roster {
    final Seat[] slots;

    Roster(Seat[] slots) {
        this.slots = slots;
    }
}
