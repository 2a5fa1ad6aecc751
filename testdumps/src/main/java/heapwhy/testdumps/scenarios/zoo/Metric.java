package heapwhy.testdumps.scenarios.zoo;

/** A named metric with its recent samples. */
record Metric(String name, byte[] samples) {
}
