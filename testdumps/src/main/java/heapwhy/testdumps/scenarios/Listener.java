package heapwhy.testdumps.scenarios;

/** A callback on the {@link EventBus}. */
interface Listener {
    int onEvent(String event);
}
