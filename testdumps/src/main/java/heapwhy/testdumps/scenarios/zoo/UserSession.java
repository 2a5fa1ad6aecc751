package heapwhy.testdumps.scenarios.zoo;

/** A logged-in user's session with its serialized attributes. */
record UserSession(long id, long userId, byte[] attributes) {
}
