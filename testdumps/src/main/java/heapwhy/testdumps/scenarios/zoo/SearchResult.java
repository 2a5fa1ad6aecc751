package heapwhy.testdumps.scenarios.zoo;

/** The hits of a search query. */
record SearchResult(String query, byte[] hits) {
}
