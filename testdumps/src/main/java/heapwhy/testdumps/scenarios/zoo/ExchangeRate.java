package heapwhy.testdumps.scenarios.zoo;

/** A currency pair's rate, with its recent history. */
record ExchangeRate(String pair, byte[] history) {
}
