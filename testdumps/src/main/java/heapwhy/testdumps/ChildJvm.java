package heapwhy.testdumps;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Launching a scenario program in a child JVM, and where things live on disk. Package-private plumbing. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The directory or jar the testdumps classes were loaded from: first on the child's class path. */
    static Path codeSource() {
        try {
            return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The testdumps module directory, from {@code .../testdumps/target/classes} or
     * {@code .../testdumps/target/*.jar}; empty when the classes come from elsewhere (e.g. a Maven repository).
     */
    static Optional<Path> moduleDir() {
        Path cs = codeSource().toAbsolutePath().normalize();
        Path target = cs.getParent(); // classes/ or the jar sit directly in target/
        if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                && target.getParent() != null && Files.isRegularFile(target.getParent().resolve("pom.xml"))) {
            return Optional.of(target.getParent());
        }
        return Optional.empty();
    }

    /**
     * Root of the default dump cache: system property {@code heapwhy.dumps.dir}, else
     * {@code <testdumps module>/target/dumps}, else {@code <java.io.tmpdir>/heapwhy-dumps}.
     */
    static Path dumpsRoot() {
        String prop = System.getProperty("heapwhy.dumps.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return moduleDir().map(m -> m.resolve("target").resolve("dumps"))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "heapwhy-dumps"));
    }

    /** The running JVM's home. */
    static Path currentJavaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** JAVA_VERSION from a JDK's {@code release} file, or the running version if it is the running JDK. */
    static String javaVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (Files.isRegularFile(release)) {
            try (var r = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(r);
                String v = p.getProperty("JAVA_VERSION");
                if (v != null) {
                    return v.replace("\"", "").strip();
                }
            } catch (IOException | IllegalArgumentException e) {
                // fall through
            }
        }
        if (sameFile(javaHome, currentJavaHome())) {
            return System.getProperty("java.version");
        }
        return "unknown";
    }

    /** Feature number ({@code 17}, {@code 25}) of a version string such as {@code 17.0.15} or {@code 1.8.0_392}. */
    static int feature(String version) {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * Runs {@code mainClass} in {@code javaHome}'s java with the testdumps classes and the libraries they use
     * ({@link ChildClassPath}) on the class path, output to
     * {@code log}; kills it after {@code timeout}. Throws with the log's tail unless it exits with 0.
     */
    static void run(Path javaHome, List<String> jvmFlags, String mainClass, List<String> args, Path log,
                    Duration timeout) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin").resolve("java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(ChildClassPath.argument());
        cmd.add(mainClass);
        cmd.addAll(args);
        Files.writeString(log, String.join(" ", cmd) + System.lineSeparator(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + mainClass, e);
        }
        if (!finished) {
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException(mainClass + " timed out after " + timeout.toSeconds() + " s and was killed; log "
                    + log + " ends with:\n" + tail(log));
        }
        if (p.exitValue() != 0) {
            throw new IOException(mainClass + " exited with " + p.exitValue() + "; log " + log + " ends with:\n"
                    + tail(log));
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
