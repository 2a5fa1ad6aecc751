package heapwhy.testdumps.scenarios;

/** WEAK_HOLDER's control: held strongly by the static field {@link StrongHolder#HELD}. */
final class StronglyHeld {
    final int id;
    final byte[] payload;

    StronglyHeld(int id) {
        this.id = id;
        this.payload = new byte[24];
    }
}
