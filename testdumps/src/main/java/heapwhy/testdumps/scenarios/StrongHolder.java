package heapwhy.testdumps.scenarios;

/** Holds WEAK_HOLDER's {@link StronglyHeld} objects in a static field: an ordinary strong path from a class. */
final class StrongHolder {
    static final StronglyHeld[] HELD = new StronglyHeld[WeakHolderScenario.STRONGLY];

    private StrongHolder() {
    }
}
