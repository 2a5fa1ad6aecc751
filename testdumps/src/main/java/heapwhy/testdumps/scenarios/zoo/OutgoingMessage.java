package heapwhy.testdumps.scenarios.zoo;

/** A mail waiting to be sent, with its encoded body. */
record OutgoingMessage(long id, byte[] body) {
}
