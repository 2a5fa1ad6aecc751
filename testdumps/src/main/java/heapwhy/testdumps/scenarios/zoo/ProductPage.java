package heapwhy.testdumps.scenarios.zoo;

/** A product page rendered to HTML. */
record ProductPage(String sku, byte[] html) {
}
