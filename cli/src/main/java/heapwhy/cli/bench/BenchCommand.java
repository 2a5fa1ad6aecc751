package heapwhy.cli.bench;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.DumpFiles;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.HistogramOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.histogram.ClassHistogram;
import heapwhy.hprof.ProgressListener;
import heapwhy.paths.Backrefs;
import heapwhy.paths.BackrefsQuery;
import heapwhy.paths.BackrefsResult;
import heapwhy.sites.GrowthSites;
import heapwhy.sites.SiteQuery;
import heapwhy.sites.WhyReport;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.Variant;
import heapwhy.util.Sizes;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.WasteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code heapwhy bench}: reads the histogram of a dump of at least 1 GB several times and prints the machine,
 * the speed of each run and the peak heap, one fact per line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures how fast heapwhy reads a dump of at least 1 GB (produced once, then reused) and "
                + "how much Java heap it needs, printing one fact per line; then builds the dump's index (object "
                + "graph, dominator tree) once and reopens it --runs times, unless --skip-graph. The histogram "
                + "needs little heap (HEAPWHY_JAVA_OPTS=-Xmx256m with --skip-graph --skip-why shows that memory does not grow "
                + "with the dump); the graph about 40 bytes per object (-Xmx1g for the 26.8 M-object dump). On that "
                + "index, unless --skip-waste, runs every waste inspection --runs times. Last, unless --skip-why, runs "
                + "why on three dumps of over 1 GB each.")
public final class BenchCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to keep the benchmark dump. Default: ~/.cache/heapwhy/bench.")
    Path dir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "How many times to read the dump. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--skip-graph",
            description = "Skip the full analysis: building the dump's index (object graph, dominator tree, retained "
                    + "sizes) in a temporary folder and reopening it.")
    boolean skipGraph;

    @Option(names = "--skip-waste",
            description = "Skip the waste benchmark: every waste inspection on the benchmark dump's index, once it is "
                    + "built (with --skip-graph there is no index, and no waste benchmark).")
    boolean skipWaste;

    @Option(names = "--skip-paths",
            description = "Skip the paths benchmark: shortest paths from the GC roots to all 100,000 instances of a "
                    + "class in a dump of 1.27 million objects (made once by a JVM), once its index is built.")
    boolean skipPaths;

    @Option(names = "--skip-why",
            description = "Skip the why benchmark: heapwhy why on three dumps of over 1 GB each of one growing "
                    + "program (made once by a JVM, kept beside the benchmark dump), once their indexes are built.")
    boolean skipWhy;

    public BenchCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        Options.atLeast(spec, "--runs", runs, 1);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path where = dir != null ? dir : environment.cacheDir("bench");
        err.println("heapwhy: preparing the benchmark dump in " + where + " (slow the first time only)");
        err.flush();
        Path dump = environment.benchDumps().produce(where);
        long size = DumpFiles.checkReadable(dump);

        Runtime runtime = Runtime.getRuntime();
        line(out, "machine: " + runtime.availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
        line(out, "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        line(out, "max heap: " + Sizes.megabytes(runtime.maxMemory()) + " MB");
        line(out, "dump: " + dump);
        line(out, "dump size: " + Sizes.megabytes(size) + " MB (" + Sizes.grouped(size) + " bytes)");

        // No progress line: it would only disturb the timing.
        CommandEnvironment quiet = new CommandEnvironment(environment.histograms(), environment.scenarios(),
                environment.benchDumps(), () -> false, environment.home());
        HistogramOpener opener = new HistogramOpener(quiet, err);
        System.gc();
        HeapPeak.reset();
        double[] mbPerSecond = new double[runs];
        long objects = 0;
        int classes = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            ClassHistogram histogram = opener.read(dump);
            long nanos = Math.max(1, System.nanoTime() - start);
            mbPerSecond[run] = size / (1024.0 * 1024.0) / (nanos / 1e9);
            objects = histogram.totalCount();
            classes = histogram.classes().size();
            line(out, String.format(Locale.ROOT, "run %d: %.2f s, %.1f MB/s", run + 1, nanos / 1e9, mbPerSecond[run]));
        }
        long peak = HeapPeak.bytes();
        line(out, "objects: " + Sizes.grouped(objects) + " in " + Sizes.grouped(classes) + " classes");
        line(out, String.format(Locale.ROOT, "median: %.1f MB/s", median(mbPerSecond)));
        line(out, "peak heap used: " + Sizes.megabytes(peak) + " MB (sum of the heap pools' peaks)");
        line(out, "heap bytes per object: " + (objects > 0
                ? String.format(Locale.ROOT, "%.3f", (double) peak / objects) : "n/a (no objects)"));
        if (!skipGraph) {
            graph(out, dump, size);
        }
        if (!skipPaths) {
            paths(out, where.resolve("paths"));
        }
        if (!skipWhy) {
            why(out, err, where.resolve("series"));
        }
        line(out, "units: 1 MB = 1,048,576 bytes");
        return ExitCodes.OK;
    }

    /** Builds the dump's index in a fresh temporary folder, then reopens it from there --runs times. */
    private void graph(PrintWriter out, Path dump, long size) throws IOException {
        Path tmp = Files.createTempDirectory("heapwhy-bench-index-");
        try {
            IndexOptions options = IndexOptions.defaults().withIndexDir(tmp);
            System.gc();
            HeapPeak.reset();
            long start = System.nanoTime();
            long objects;
            try (HeapIndex index = DumpFiles.guarded(dump, () -> HeapIndex.open(dump, options, ProgressListener.NONE))) {
                objects = index.nodeCount();
            }
            long nanos = Math.max(1, System.nanoTime() - start);
            long peak = HeapPeak.bytes();
            line(out, String.format(Locale.ROOT, "graph build: %.2f s, %.1f MB/s", nanos / 1e9,
                    size / (1024.0 * 1024.0) / (nanos / 1e9)));
            line(out, "graph objects: " + Sizes.grouped(objects));
            line(out, "graph peak heap used: " + Sizes.megabytes(peak) + " MB");
            line(out, "graph heap bytes per object: " + (objects > 0
                    ? String.format(Locale.ROOT, "%.3f", (double) peak / objects) : "n/a (no objects)"));
            double[] seconds = new double[runs];
            for (int run = 0; run < runs; run++) {
                long reopen = System.nanoTime();
                try (HeapIndex index = DumpFiles.guarded(dump, () -> HeapIndex.open(dump, options, ProgressListener.NONE))) {
                    if (!index.fromCache()) {
                        throw new IllegalStateException("the index was rebuilt instead of reused: " + index.rebuildReason());
                    }
                }
                seconds[run] = (System.nanoTime() - reopen) / 1e9;
                line(out, String.format(Locale.ROOT, "graph reopen %d: %.3f s", run + 1, seconds[run]));
            }
            line(out, String.format(Locale.ROOT, "graph reopen median: %.3f s", median(seconds)));
            if (!skipWaste) {
                waste(out, dump, options);
            }
        } finally {
            OpenIndex.deleteTree(tmp);
        }
    }

    /** Every waste inspection --runs times on the index graph() built, with the peak heap it took. */
    private void waste(PrintWriter out, Path dump, IndexOptions options) throws IOException {
        try (HeapIndex index = DumpFiles.guarded(dump, () -> HeapIndex.open(dump, options, ProgressListener.NONE))) {
            double[] seconds = new double[runs];
            long peak = 0;
            for (int run = 0; run < runs; run++) {
                System.gc();
                HeapPeak.reset();
                long start = System.nanoTime();
                WasteReport report = Waste.find(index, new WasteQuery(Set.of(), 10));
                seconds[run] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, HeapPeak.bytes());
                line(out, String.format(Locale.ROOT, "waste run %d: %.2f s, %s wasted in %d inspections", run + 1,
                        seconds[run], Sizes.human(report.wastedBytes()), report.findings().size()));
            }
            line(out, String.format(Locale.ROOT, "waste median: %.2f s", median(seconds)));
            line(out, "waste peak heap used: " + Sizes.megabytes(peak) + " MB");
        }
    }

    /** Backrefs of every instance of a class with 100,000 instances, --runs times on an index already built. */
    private void paths(PrintWriter out, Path where) throws IOException {
        Path dump = environment.scenarios().produce(Scenario.PATHS_BENCH, Variant.DEFAULT, where).dumps().get(0);
        Path tmp = Files.createTempDirectory("heapwhy-bench-paths-index-");
        try (HeapIndex index = DumpFiles.guarded(dump,
                () -> HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE))) {
            line(out, "paths dump: " + dump + " (" + Sizes.grouped(index.nodeCount()) + " objects)");
            BackrefsQuery query = BackrefsQuery.ofClass(PATHS_TARGET).withLimits(200_000, 30, 20);
            double[] seconds = new double[runs];
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                BackrefsResult result = Backrefs.run(index, query);
                seconds[run] = (System.nanoTime() - start) / 1e9;
                line(out, String.format(Locale.ROOT, "paths run %d: %.3f s for %s paths to %s targets", run + 1,
                        seconds[run], Sizes.grouped(result.paths()), Sizes.grouped(result.targets())));
            }
            line(out, String.format(Locale.ROOT, "paths median: %.3f s", median(seconds)));
        } finally {
            OpenIndex.deleteTree(tmp);
        }
    }

    /**
     * Builds the series' three indexes in a temporary folder, then runs why on them --runs times, one dump open
     * at a time as the why command does.
     */
    private void why(PrintWriter out, PrintWriter err, Path where) throws IOException {
        err.println("heapwhy: preparing the three why benchmark dumps in " + where + " (slow the first time only)");
        err.flush();
        List<Path> dumps = environment.benchDumps().produceSeries(where);
        Path tmp = Files.createTempDirectory("heapwhy-bench-why-index-");
        try {
            IndexOptions options = IndexOptions.defaults().withIndexDir(tmp);
            long objects = 0;
            for (Path dump : dumps) {
                long size = DumpFiles.checkReadable(dump);
                try (HeapIndex index = DumpFiles.guarded(dump, () -> HeapIndex.open(dump, options, ProgressListener.NONE))) {
                    objects = Math.max(objects, index.nodeCount());
                    line(out, "why dump: " + dump + " (" + Sizes.megabytes(size) + " MB, "
                            + Sizes.grouped(index.nodeCount()) + " objects)");
                }
            }
            double[] seconds = new double[runs];
            long peak = 0;
            for (int run = 0; run < runs; run++) {
                System.gc();
                HeapPeak.reset();
                long start = System.nanoTime();
                WhyReport report = GrowthSites.ofDumps(dumps, options, SiteQuery.defaults());
                seconds[run] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, HeapPeak.bytes());
                line(out, String.format(Locale.ROOT, "why run %d: %.2f s, %d growing places, the first: %s", run + 1,
                        seconds[run], report.sites().size() + report.moreSites(),
                        report.sites().isEmpty() ? "none" : report.sites().get(0).className()));
            }
            line(out, String.format(Locale.ROOT, "why median: %.2f s", median(seconds)));
            line(out, "why peak heap used: " + Sizes.megabytes(peak) + " MB");
            line(out, "why heap bytes per object of the largest dump: "
                    + String.format(Locale.ROOT, "%.1f", (double) peak / Math.max(1, objects)));
        } finally {
            OpenIndex.deleteTree(tmp);
        }
    }

    static final String PATHS_TARGET = "heapwhy.testdumps.scenarios.Target";

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void line(PrintWriter out, String fact) {
        out.println(fact);
        out.flush();
    }
}
