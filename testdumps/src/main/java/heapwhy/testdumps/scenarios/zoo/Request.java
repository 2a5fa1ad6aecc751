package heapwhy.testdumps.scenarios.zoo;

/** An incoming request; compared by identity where it is a key. */
record Request(long id) {
}
