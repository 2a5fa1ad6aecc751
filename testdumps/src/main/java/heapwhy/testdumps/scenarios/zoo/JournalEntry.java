package heapwhy.testdumps.scenarios.zoo;

/** One request as the journal recorded it, with its body. */
record JournalEntry(long requestId, byte[] body) {
}
