package heapwhy.testdumps.scenarios.zoo;

/**
 * A screen with its frame buffer. Showing it registers an inner-class listener, which holds the screen
 * ({@code this$0}); closing it forgets to unregister, so every screen ever shown stays.
 */
final class Screen {
    private final long id;
    private final byte[] frameBuffer;
    private int repaints;

    Screen(long id, int bufferBytes) {
        this.id = id;
        this.frameBuffer = new byte[bufferBytes];
    }

    void show() {
        EventHub.register(new ThemeWatcher());
    }

    void close() {
        // the watcher should be unregistered here
    }

    /** Repaints the screen on a theme change. */
    final class ThemeWatcher implements EventHub.ThemeListener {
        @Override
        public void themeChanged(String theme) {
            repaints++;
            frameBuffer[0] = (byte) theme.length();
        }
    }
}
