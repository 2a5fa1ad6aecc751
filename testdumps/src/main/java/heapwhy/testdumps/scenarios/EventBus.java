package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.List;

/** The LISTENER leak's root: an application-wide bus whose listeners are never removed. */
final class EventBus {
    static final EventBus GLOBAL = new EventBus();

    private final List<Listener> listeners = new ArrayList<>();

    void register(Listener listener) {
        listeners.add(listener);
    }

    int publish(String event) {
        int handled = 0;
        for (Listener l : listeners) {
            handled += l.onEvent(event);
        }
        return handled;
    }
}
