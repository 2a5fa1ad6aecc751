package heapwhy.cli.common;

import heapwhy.histogram.ClassHistogram;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Reads one dump's histogram for a command: checks that the file is there and readable, shows progress
 * for big dumps on a terminal, and turns every problem with the file into a one-line
 * {@link UnreadableDumpException} (through {@link DumpFiles}).
 */
public final class HistogramOpener {
    private final CommandEnvironment environment;
    private final PrintWriter err;

    public HistogramOpener(CommandEnvironment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    public ClassHistogram read(Path dump) {
        long size = DumpFiles.checkReadable(dump);
        try (TerminalProgress progress = TerminalProgress.forDump(err, String.valueOf(dump.getFileName()), size,
                environment.terminal().getAsBoolean())) {
            return DumpFiles.guarded(dump, () -> environment.histograms().read(dump, progress));
        }
    }
}
