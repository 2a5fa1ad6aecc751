package heapwhy.testdumps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs scenarios in child JVMs and caches their dumps: real HotSpot dumps are the only honest test input for
 * an analyzer, but they take seconds to make, so a set is reused while scenario, variant, JDK and
 * {@link #SCENARIO_CODE_VERSION} are unchanged.
 */
public final class ScenarioDumps {
    /** Bump whenever a scenario program changes what it allocates, so cached sets are remade. */
    public static final int SCENARIO_CODE_VERSION = 4;
    /** Heap of the scenario JVMs (but see {@link Scenario#heap()}): small, so a dump is a few MB. */
    public static final String HEAP = "-Xmx256m";
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private ScenarioDumps() {
    }

    /** Produces (or reuses from {@code dir}) the dumps of a scenario variant. */
    public static DumpSet produce(Scenario scenario, Variant variant, Path dir) throws IOException {
        Path javaHome = javaHome(variant);
        String key = key(scenario, variant, javaHome);
        CachedDir.ensure(dir, key, name -> isOurFile(scenario, name), tmp -> {
            List<String> args = new ArrayList<>();
            args.add(tmp.toString());
            args.addAll(variant.scenarioOptions());
            List<String> flags = new ArrayList<>();
            flags.add(scenario.heap());
            flags.add("-XX:+UseG1GC");
            flags.addAll(variant.jvmFlags());
            ChildJvm.run(javaHome, flags, scenario.mainClass(), args, tmp.resolve(CachedDir.LOG), TIMEOUT);
            load(scenario, variant, tmp, javaHome); // every file is there before the set is marked complete
        });
        return load(scenario, variant, dir.toAbsolutePath().normalize(), javaHome);
    }

    /**
     * Produces (or reuses) the dumps in the default cache directory
     * {@code <testdumps module>/target/dumps/<SCENARIO>-<VARIANT>}; system property {@code heapwhy.dumps.dir}
     * replaces {@code <testdumps module>/target/dumps}.
     */
    public static DumpSet produce(Scenario scenario, Variant variant) throws IOException {
        return produce(scenario, variant, defaultDir(scenario, variant));
    }

    /** Where {@link #produce(Scenario, Variant)} keeps a set. */
    public static Path defaultDir(Scenario scenario, Variant variant) {
        return ChildJvm.dumpsRoot().resolve(scenario.name() + "-" + variant.name());
    }

    /**
     * A JDK under /usr/lib/jvm whose feature version differs from the running one (the highest such), for
     * {@link Variant#OTHER_JDK}; read from each candidate's {@code release} file. Empty if there is none.
     */
    public static Optional<Path> otherJdk() {
        int current = Runtime.version().feature();
        if (!Files.isDirectory(JVM_DIR)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(JVM_DIR)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p.resolve("release")) && Files.isExecutable(p.resolve("bin/java"))) {
                    Path real = p.toRealPath();
                    if (!candidates.contains(real)) {
                        candidates.add(real);
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(p -> {
                    int f = ChildJvm.feature(ChildJvm.javaVersion(p));
                    return f > 0 && f != current;
                })
                .max(Comparator.<Path>comparingInt(p -> ChildJvm.feature(ChildJvm.javaVersion(p)))
                        .thenComparing(Path::toString));
    }

    /** The JDK a variant runs on. */
    static Path javaHome(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            return otherJdk().orElseThrow(() -> new IOException(
                    "OTHER_JDK: no JDK with a feature version other than " + Runtime.version().feature()
                            + " under " + JVM_DIR));
        }
        return ChildJvm.currentJavaHome();
    }

    static String key(Scenario scenario, Variant variant, Path javaHome) {
        Path home;
        try {
            home = javaHome.toRealPath();
        } catch (IOException e) {
            home = javaHome.toAbsolutePath().normalize();
        }
        return "scenario=" + scenario.name() + "\n"
                + "variant=" + variant.name() + "\n"
                + "javaHome=" + home + "\n"
                + "javaVersion=" + ChildJvm.javaVersion(javaHome) + "\n"
                + "scenarioCodeVersion=" + SCENARIO_CODE_VERSION + "\n";
    }

    private static boolean isOurFile(Scenario scenario, String name) {
        return name.equals(CachedDir.MARKER) || name.equals(CachedDir.LOG) || name.equals("run.properties")
                || name.startsWith(scenario.filePrefix() + "-")
                && (name.endsWith(".hprof") || name.endsWith(".hprof.gz") || name.endsWith(".histo.txt"));
    }

    private static DumpSet load(Scenario scenario, Variant variant, Path dir, Path javaHome) throws IOException {
        List<Path> dumps = new ArrayList<>();
        List<Path> histos = new ArrayList<>();
        for (int k = 1; k <= scenario.steps(); k++) {
            Path dump = dir.resolve(scenario.filePrefix() + "-" + k + variant.dumpSuffix());
            Path histo = dir.resolve(scenario.filePrefix() + "-" + k + ".histo.txt");
            for (Path p : List.of(dump, histo)) {
                if (!Files.isRegularFile(p) || Files.size(p) == 0) {
                    throw new IOException("missing or empty " + p + "; log ends with:\n"
                            + ChildJvm.tail(dir.resolve(CachedDir.LOG)));
                }
            }
            dumps.add(dump);
            histos.add(histo);
        }
        String version = ChildJvm.javaVersion(javaHome);
        Path props = dir.resolve("run.properties");
        if (Files.isRegularFile(props)) {
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            version = p.getProperty("java.version", version);
        }
        return new DumpSet(scenario, variant, dumps, histos, version);
    }

    /** Produces every available scenario/variant into the default cache and prints timings. */
    public static void main(String[] args) throws IOException {
        for (Scenario s : Scenario.values()) {
            for (Variant v : s.variants()) {
                if (v == Variant.OTHER_JDK && otherJdk().isEmpty()) {
                    continue;
                }
                long t0 = System.nanoTime();
                DumpSet set = produce(s, v);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("%-15s %-29s java %-8s %6d ms  dumps %s%n", s, v, set.javaVersion(), ms,
                        set.dumps().stream().map(d -> {
                            try {
                                return Files.size(d) / 1024 + " KB";
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }).toList());
            }
        }
    }
}
