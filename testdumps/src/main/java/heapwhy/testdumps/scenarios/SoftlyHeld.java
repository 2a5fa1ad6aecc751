package heapwhy.testdumps.scenarios;

/** WEAK_HOLDER: reachable only through a {@link java.lang.ref.SoftReference} in {@link WeakHolderScenario#SOFT_REFS}. */
final class SoftlyHeld {
    final int id;
    final byte[] payload;

    SoftlyHeld(int id) {
        this.id = id;
        this.payload = new byte[24];
    }
}
