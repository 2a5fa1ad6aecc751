package heapwhy.testdumps.scenarios.zoo;

/** A tracing span with its encoded tags. */
record Span(long spanId, byte[] tags) {
}
