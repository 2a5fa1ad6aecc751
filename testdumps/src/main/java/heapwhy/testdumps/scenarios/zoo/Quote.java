package heapwhy.testdumps.scenarios.zoo;

/** A quote with its order book snapshot. */
record Quote(String symbol, byte[] book) {
}
