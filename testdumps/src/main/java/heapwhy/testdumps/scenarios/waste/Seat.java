package heapwhy.testdumps.scenarios.waste;

/** WASTE: what a Roster's only filled slot holds; one instance, shared by every Roster. */
final class Seat {

}
