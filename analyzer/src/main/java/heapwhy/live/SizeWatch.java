package heapwhy.live;

import heapwhy.hprof.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a listener how large a file another process is writing has grown, five times a second, on a thread of its
 * own until closed: the JVM writing a dump says nothing until it is done.
 */
final class SizeWatch implements AutoCloseable {
    private static final long EVERY_MILLIS = 200;

    private final Thread thread;
    private volatile boolean done;

    SizeWatch(Path file, long expected, ProgressListener listener) {
        thread = new Thread(() -> {
            while (!done) {
                try {
                    if (Files.exists(file)) {
                        listener.progress(Files.size(file), expected);
                    }
                    Thread.sleep(EVERY_MILLIS);
                } catch (IOException e) {
                    // moved or deleted between the two calls: the next look tells
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heapwhy-dump-size");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching; once it returns the listener hears nothing more. */
    @Override
    public void close() {
        done = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
