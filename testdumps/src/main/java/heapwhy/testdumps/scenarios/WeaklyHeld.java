package heapwhy.testdumps.scenarios;

/** WEAK_HOLDER: reachable only through a {@link java.lang.ref.WeakReference} in {@link WeakHolderScenario#REFS}. */
final class WeaklyHeld {
    final int id;
    final byte[] payload;

    WeaklyHeld(int id) {
        this.id = id;
        this.payload = new byte[24];
    }
}
