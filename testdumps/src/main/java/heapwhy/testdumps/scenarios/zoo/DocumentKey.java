package heapwhy.testdumps.scenarios.zoo;

/** Identifies an indexed document. */
record DocumentKey(long id) {
}
