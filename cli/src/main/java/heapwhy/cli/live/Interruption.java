package heapwhy.cli.live;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C (SIGINT) and SIGTERM for a long watch: instead of ending the JVM, they end the wait between dumps, and
 * the watch reports on what it has (a dump or report under way is finished first: no thread is interrupted, so
 * no file is left half read). A second signal ends the JVM as usual. The JVM's own handlers come back on close.
 */
final class Interruption implements AutoCloseable {
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private final CountDownLatch signalled = new CountDownLatch(1);

    private Interruption() {
    }

    static Interruption onSignals() {
        Interruption interruption = new Interruption();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal signal = new Signal(name);
                SignalHandler[] before = new SignalHandler[1];
                before[0] = Signal.handle(signal, s -> {
                    if (interruption.signalled.getCount() == 0) {
                        before[0].handle(s); // asked twice: stop as the JVM would have
                    }
                    interruption.signalled.countDown();
                });
                interruption.signals.add(signal);
                interruption.previous.add(before[0]);
            } catch (IllegalArgumentException e) {
                // no such signal here (or the JVM keeps it): Ctrl+C then ends the JVM at once, as usual
            }
        }
        return interruption;
    }

    /** Whether a signal came. */
    boolean signalled() {
        return signalled.getCount() == 0;
    }

    /** Waits {@code time}; false when a signal came first (or had come already). */
    boolean sleep(Duration time) {
        try {
            return !signalled.await(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
