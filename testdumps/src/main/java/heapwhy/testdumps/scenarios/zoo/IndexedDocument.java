package heapwhy.testdumps.scenarios.zoo;

/** A document's search terms; it remembers its own key, which is what keeps the weak map's key alive. */
record IndexedDocument(DocumentKey key, byte[] terms) {
}
