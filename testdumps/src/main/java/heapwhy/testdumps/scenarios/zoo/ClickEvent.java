package heapwhy.testdumps.scenarios.zoo;

/** A user's click, with the page context captured for analytics. */
record ClickEvent(long id, byte[] context) {
}
