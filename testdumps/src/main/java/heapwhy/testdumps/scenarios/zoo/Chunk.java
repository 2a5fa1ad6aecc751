package heapwhy.testdumps.scenarios.zoo;

/** A chunk of an ingested file. */
record Chunk(long offset, byte[] data) {
}
