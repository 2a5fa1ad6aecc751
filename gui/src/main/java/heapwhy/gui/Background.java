package heapwhy.gui;

import heapwhy.hprof.ProgressListener;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ProgressIndicator;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs engine work off the FX thread, one job at a time in order: the window never waits for a dump. Shows
 * what runs and how far it is (properties the status bar binds to) and cancels on request: the job's progress
 * listener throws, which stops an index build or a walk where it stands. Results and errors come back on the
 * FX thread.
 */
public final class Background {
    /** Work done off the FX thread; it reports progress (done, total) and stops when the listener throws. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressListener progress) throws Exception;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heapwhy-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Consumer<String> errors;
    private volatile boolean cancelRequested;
    private int pending;

    /** @param errors shown a one-line message, on the FX thread, when a job fails */
    public Background(Consumer<String> errors) {
        this.errors = errors;
    }

    /** Queues a job; {@code done} gets its result on the FX thread unless it failed or was cancelled. */
    public <T> void run(String title, Work<T> work, Consumer<T> done) {
        pending++;
        busy.set(true);
        executor.execute(() -> {
            cancelRequested = false;
            Platform.runLater(() -> {
                message.set(title);
                progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
            });
            T result = null;
            String failure = null;
            try {
                result = work.call((doneUnits, total) -> {
                    if (cancelRequested) {
                        throw new CancellationException();
                    }
                    double share = total > 0 ? Math.min(1, (double) doneUnits / total) : ProgressIndicator.INDETERMINATE_PROGRESS;
                    Platform.runLater(() -> progress.set(share));
                });
            } catch (CancellationException e) {
                failure = title + ": cancelled";
            } catch (Exception | OutOfMemoryError e) {
                failure = title + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            T value = result;
            String problem = failure;
            Platform.runLater(() -> {
                if (--pending == 0) {
                    busy.set(false);
                    message.set("");
                    progress.set(0);
                }
                if (problem != null) {
                    errors.accept(problem);
                } else {
                    done.accept(value);
                }
            });
        });
    }

    /** Asks the running job to stop at its next progress report. */
    public void cancel() {
        cancelRequested = true;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Stops taking jobs; the running one ends with the JVM (daemon thread). */
    public void shutdown() {
        cancelRequested = true;
        executor.shutdownNow();
    }
}
