package heapwhy.testdumps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Three large real dumps of one JVM whose heap grows between them, for measuring analyses across dumps (growth,
 * retained-size growth) at scale: {@code bench-1.hprof}, {@code bench-2.hprof}, {@code bench-3.hprof} (live, plain,
 * each over 1 GB), with the JVM's histograms {@code bench-<k>.histo.txt} taken right before each. {@code BenchHeap}
 * builds the order book of {@link BenchDump} from a base of 2,100,000 orders; each step adds 150,000 orders to it
 * and 200,000 small {@code BenchHeap$AuditRecord}s to the static list {@code BenchHeap$AuditLog.RECORDS}, then takes
 * snapshot {@code k}. Too big for CI, so nothing in {@code mvn verify} makes it. Cached like {@link BenchDump}: a
 * {@code complete} marker keyed on JDK, {@link BenchDump#BENCH_CODE_VERSION} (the order book both share) and
 * {@link #SERIES_CODE_VERSION}.
 */
public record BenchSeries(List<Path> dumps, List<Path> jvmHistograms, String javaVersion) {
    /** Bump whenever the series part of {@code BenchHeap} (steps, audit records) changes what it allocates. */
    public static final int SERIES_CODE_VERSION = 1;
    /** How many dumps the series takes ({@code BenchHeap.SERIES_STEPS}). */
    public static final int DUMPS = 3;
    static final String HEAP = "-Xmx6g";
    static final Duration TIMEOUT = Duration.ofMinutes(40);

    public BenchSeries {
        dumps = List.copyOf(dumps);
        jvmHistograms = List.copyOf(jvmHistograms);
    }

    /** Produces (or reuses from {@code dir}) {@code bench-<k>.hprof} and {@code bench-<k>.histo.txt}, k = 1..3. */
    public static BenchSeries produce(Path dir) throws IOException {
        Path javaHome = ChildJvm.currentJavaHome();
        long t0 = System.nanoTime();
        boolean ran = CachedDir.ensure(dir, key(javaHome), BenchSeries::isOurFile, tmp -> ChildJvm.run(javaHome,
                List.of(HEAP), "heapwhy.testdumps.scenarios.BenchHeap", List.of(tmp.toString(), "series"),
                tmp.resolve(CachedDir.LOG), TIMEOUT));
        Path abs = dir.toAbsolutePath().normalize();
        if (ran) {
            System.out.printf("bench series generated in %.1f s (details in %s)%n", (System.nanoTime() - t0) / 1e9,
                    abs.resolve(CachedDir.LOG));
        }
        List<Path> dumps = new ArrayList<>();
        List<Path> histos = new ArrayList<>();
        for (int k = 1; k <= DUMPS; k++) {
            Path dump = abs.resolve("bench-" + k + ".hprof");
            Path histo = abs.resolve("bench-" + k + ".histo.txt");
            if (!Files.isRegularFile(dump) || !Files.isRegularFile(histo)) {
                throw new IOException("incomplete bench series in " + abs + ": no " + dump.getFileName() + " or "
                        + histo.getFileName());
            }
            dumps.add(dump);
            histos.add(histo);
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(abs.resolve("run.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new BenchSeries(dumps, histos, p.getProperty("java.version", "unknown"));
    }

    /** Produces (or reuses) the series in {@code <dumps root>/bench-series} (see {@link BenchDump#produce()}). */
    public static BenchSeries produce() throws IOException {
        return produce(defaultDir());
    }

    /** Where {@link #produce()} keeps the series. */
    public static Path defaultDir() {
        return ChildJvm.dumpsRoot().resolve("bench-series");
    }

    static String key(Path javaHome) throws IOException {
        return "bench-series\njavaHome=" + javaHome.toRealPath() + "\njavaVersion=" + ChildJvm.javaVersion(javaHome)
                + "\nbenchCodeVersion=" + BenchDump.BENCH_CODE_VERSION
                + "\nseriesCodeVersion=" + SERIES_CODE_VERSION + "\n";
    }

    static boolean isOurFile(String name) {
        if (name.equals(CachedDir.MARKER) || name.equals(CachedDir.LOG) || name.equals("run.properties")) {
            return true;
        }
        for (int k = 1; k <= DUMPS; k++) {
            if (name.equals("bench-" + k + ".hprof") || name.equals("bench-" + k + ".histo.txt")) {
                return true;
            }
        }
        return false;
    }

    /** {@code java -cp testdumps/target/classes heapwhy.testdumps.BenchSeries [dir]}: makes it and prints figures. */
    public static void main(String[] args) throws IOException {
        BenchSeries s = args.length > 0 ? produce(Path.of(args[0])) : produce();
        for (int k = 0; k < DUMPS; k++) {
            JvmHistogram h = JvmHistogram.read(s.jvmHistograms().get(k));
            System.out.printf("%s: %,d bytes; JVM histogram: %,d objects, %,d shallow bytes, %,d orders, "
                            + "%,d audit records%n", s.dumps().get(k), Files.size(s.dumps().get(k)), h.totals().count(),
                    h.totals().bytes(), h.count("heapwhy.testdumps.scenarios.BenchHeap$Order"),
                    h.count("heapwhy.testdumps.scenarios.BenchHeap$AuditRecord"));
        }
        System.out.println("java " + s.javaVersion());
    }
}
