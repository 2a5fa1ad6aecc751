package heapwhy.cli.common;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What the commands need from outside: the histogram reader, the scenario and benchmark dump producers,
 * whether stderr is a terminal (for progress lines) and the user's home (for cache directories).
 * Tests replace any of them.
 */
public record CommandEnvironment(HistogramSource histograms, DumpSetSource scenarios, BenchDumpSource benchDumps,
                                 BooleanSupplier terminal, Path home) {

    public static CommandEnvironment real() {
        return new CommandEnvironment(HistogramSource.ANALYZER, DumpSetSource.SCENARIOS, new BenchDumpSource(),
                StderrTerminal::isTerminal, Path.of(System.getProperty("user.home")));
    }

    public CommandEnvironment withHistograms(HistogramSource source) {
        return new CommandEnvironment(source, scenarios, benchDumps, terminal, home);
    }

    public CommandEnvironment withScenarios(DumpSetSource source) {
        return new CommandEnvironment(histograms, source, benchDumps, terminal, home);
    }

    public CommandEnvironment withBenchDumps(BenchDumpSource source) {
        return new CommandEnvironment(histograms, scenarios, source, terminal, home);
    }

    /** The cache directory under the user's home, e.g. {@code ~/.cache/heapwhy/demo}. */
    public Path cacheDir(String name) {
        return home.resolve(".cache").resolve("heapwhy").resolve(name);
    }
}
