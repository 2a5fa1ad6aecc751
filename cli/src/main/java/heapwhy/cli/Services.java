package heapwhy.cli;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What the commands need from outside: the histogram reader, the scenario and benchmark dump producers,
 * whether stderr is a terminal (for progress lines) and the user's home (for cache directories).
 * Tests replace any of them.
 */
record Services(HistogramSource histograms, DumpSetSource scenarios, BenchDumpSource benchDumps,
                BooleanSupplier terminal, Path home) {

    static Services real() {
        return new Services(HistogramSource.ANALYZER, DumpSetSource.SCENARIOS, new BenchDumpSource(),
                StderrTerminal::isTerminal, Path.of(System.getProperty("user.home")));
    }

    Services withHistograms(HistogramSource source) {
        return new Services(source, scenarios, benchDumps, terminal, home);
    }

    Services withScenarios(DumpSetSource source) {
        return new Services(histograms, source, benchDumps, terminal, home);
    }

    Services withBenchDumps(BenchDumpSource source) {
        return new Services(histograms, scenarios, source, terminal, home);
    }

    /** The cache directory under the user's home, e.g. {@code ~/.cache/heapwhy/demo}. */
    Path cacheDir(String name) {
        return home.resolve(".cache").resolve("heapwhy").resolve(name);
    }
}
