package heapwhy.testdumps.scenarios;

/** A user session of one simulated request; it should die with the request but a listener keeps it. */
final class Session {
    final long id;
    final String user;
    final long createdAt;
    final byte[] attributes;

    Session(long id, String user, long createdAt) {
        this.id = id;
        this.user = user;
        this.createdAt = createdAt;
        this.attributes = new byte[64];
    }
}
