package heapwhy.testdumps.scenarios.zoo;

/** One event of a trade's life, as the raw message that reported it. */
record TradeEvent(long sequence, byte[] message) {
}
