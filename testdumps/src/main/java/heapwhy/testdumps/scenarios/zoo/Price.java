package heapwhy.testdumps.scenarios.zoo;

/** A product's price, with its tiered price table. */
record Price(long sku, byte[] tiers) {
}
