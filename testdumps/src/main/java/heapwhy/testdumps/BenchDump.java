package heapwhy.testdumps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * A large real dump (over 1.1 GB, over 22 million objects) for measuring analyzer speed and memory; too big for
 * CI, so nothing in {@code mvn verify} makes it. Cached like {@link ScenarioDumps}: a {@code complete} marker
 * keyed on JDK and {@link #BENCH_CODE_VERSION}.
 */
public record BenchDump(Path dump, Path jvmHistogram, String javaVersion) {
    /** Bump whenever {@code BenchHeap} changes what it allocates. */
    public static final int BENCH_CODE_VERSION = 1;
    static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final List<String> OURS = List.of(CachedDir.MARKER, CachedDir.LOG, "run.properties",
            "bench.hprof", "bench.histo.txt");

    /** Produces (or reuses from {@code dir}) {@code bench.hprof} and {@code bench.histo.txt}. */
    public static BenchDump produce(Path dir) throws IOException {
        Path javaHome = ChildJvm.currentJavaHome();
        String key = "bench\njavaHome=" + javaHome.toRealPath() + "\njavaVersion=" + ChildJvm.javaVersion(javaHome)
                + "\nbenchCodeVersion=" + BENCH_CODE_VERSION + "\n";
        long t0 = System.nanoTime();
        boolean ran = CachedDir.ensure(dir, key, OURS::contains, tmp -> ChildJvm.run(javaHome, List.of("-Xmx4g"),
                "heapwhy.testdumps.scenarios.BenchHeap", List.of(tmp.toString()), tmp.resolve(CachedDir.LOG),
                TIMEOUT));
        Path abs = dir.toAbsolutePath().normalize();
        if (ran) {
            System.out.printf("bench dump generated in %.1f s (details in %s)%n", (System.nanoTime() - t0) / 1e9,
                    abs.resolve(CachedDir.LOG));
        }
        Path dump = abs.resolve("bench.hprof");
        Path histo = abs.resolve("bench.histo.txt");
        if (!Files.isRegularFile(dump) || !Files.isRegularFile(histo)) {
            throw new IOException("incomplete bench set in " + abs);
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(abs.resolve("run.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new BenchDump(dump, histo, p.getProperty("java.version", "unknown"));
    }

    /** Produces (or reuses) the bench dump in {@code <dumps root>/bench} (see {@link ScenarioDumps#produce(Scenario, Variant)}). */
    public static BenchDump produce() throws IOException {
        return produce(ChildJvm.dumpsRoot().resolve("bench"));
    }

    /** {@code java -cp testdumps/target/classes heapwhy.testdumps.BenchDump [dir]}: makes it and prints figures. */
    public static void main(String[] args) throws IOException {
        BenchDump b = args.length > 0 ? produce(Path.of(args[0])) : produce();
        JvmHistogram h = JvmHistogram.read(b.jvmHistogram());
        System.out.printf("%s: %,d bytes; JVM histogram: %,d objects, %,d shallow bytes; java %s%n", b.dump(),
                Files.size(b.dump()), h.totals().count(), h.totals().bytes(), b.javaVersion());
    }
}
