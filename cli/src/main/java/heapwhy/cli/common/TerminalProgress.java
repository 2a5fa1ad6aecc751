package heapwhy.cli.common;

import heapwhy.hprof.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A single progress line on stderr, rewritten in place with {@code \r} ("reading x.hprof: 42% at 310.5 MB/s")
 * and cleared by {@link #close()}. It shows only for dumps over {@link #THRESHOLD} bytes and only when
 * stderr is a terminal; otherwise it prints nothing, so that redirected output stays clean.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
    /** Dumps up to this size are read without a progress line: 100 MB. */
    static final long THRESHOLD = 100L * 1024 * 1024;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private final boolean showRate;
    private long startNanos = -1;
    private long lastDrawNanos;
    private int drawnWidth;

    TerminalProgress(PrintWriter err, String label, boolean enabled, LongSupplier nanoTime) {
        this(err, label, enabled, nanoTime, true);
    }

    private TerminalProgress(PrintWriter err, String label, boolean enabled, LongSupplier nanoTime, boolean showRate) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
        this.showRate = showRate;
    }

    /** A progress line for work counted in objects rather than bytes: the percentage only. */
    public static TerminalProgress forObjects(PrintWriter err, String label, boolean enabled) {
        return new TerminalProgress(err, label, enabled, System::nanoTime, false);
    }

    /** A progress line for bytes written or read, with their rate, when {@code enabled} (stderr is a terminal). */
    public static TerminalProgress forBytes(PrintWriter err, String label, boolean enabled) {
        return new TerminalProgress(err, label, enabled, System::nanoTime);
    }

    /** A progress line for reading {@code name}, enabled when the dump is large and stderr is a terminal. */
    static TerminalProgress forDump(PrintWriter err, String name, long dumpBytes, boolean terminal) {
        return new TerminalProgress(err, "reading " + name, terminal && dumpBytes > THRESHOLD, System::nanoTime);
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public void progress(long bytesDone, long bytesTotal) {
        if (!enabled) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (startNanos < 0) {
            startNanos = now;
        } else if (now - lastDrawNanos < REDRAW_NANOS && bytesDone < bytesTotal) {
            return;
        }
        lastDrawNanos = now;
        draw(line(bytesDone, bytesTotal, now - startNanos));
    }

    /** Removes the progress line, if one was drawn. */
    @Override
    public void close() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    private String line(long done, long total, long elapsedNanos) {
        long percent = total > 0 ? Math.min(100, done * 100 / total) : 0;
        StringBuilder text = new StringBuilder("heapwhy: ").append(label).append(": ").append(percent).append('%');
        if (showRate && elapsedNanos > 0 && done > 0) {
            double mbPerSecond = done / (1024.0 * 1024.0) / (elapsedNanos / 1e9);
            text.append(String.format(Locale.ROOT, " at %.1f MB/s", mbPerSecond));
        }
        return text.toString();
    }

    private void draw(String text) {
        int pad = Math.max(0, drawnWidth - text.length());
        err.print("\r" + text + " ".repeat(pad));
        err.flush();
        drawnWidth = text.length();
    }
}
