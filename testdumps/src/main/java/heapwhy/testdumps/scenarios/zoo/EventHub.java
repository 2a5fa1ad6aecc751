package heapwhy.testdumps.scenarios.zoo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Application-wide events. Listeners register and are meant to unregister when their screen closes. */
final class EventHub {
    /** Told when the user switches the colour theme. */
    interface ThemeListener {
        void themeChanged(String theme);
    }

    static final List<ThemeListener> LISTENERS = new CopyOnWriteArrayList<>();

    private EventHub() {
    }

    static void register(ThemeListener listener) {
        LISTENERS.add(listener);
    }

    static void unregister(ThemeListener listener) {
        LISTENERS.remove(listener);
    }
}
