package heapwhy.testdumps;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The class path of a scenario's child JVM: the testdumps classes first (so they win over any other copy),
 * then the jars of the running JVM's class path, then the jars of the libraries the scenarios use wherever
 * the running JVM found them. The second part keeps whatever a library needs at run time (Guava's
 * failureaccess) without naming it; the third covers launchers whose {@code java.class.path} does not list
 * the real class path, such as a manifest-only jar.
 */
final class ChildClassPath {
    /** One class of each library the scenario programs use (LEAK_ZOO's caches), and of what those need. */
    private static final List<String> LIBRARY_CLASSES = List.of(
            "com.google.common.cache.CacheBuilder",
            "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
            "com.github.benmanes.caffeine.cache.Caffeine");

    private ChildClassPath() {
    }

    /** The entries, without duplicates, in the order the child searches them. */
    static List<Path> entries() {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(normal(ChildJvm.codeSource()));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                Path jar = normal(Path.of(entry));
                if (Files.isRegularFile(jar)) {
                    paths.add(jar);
                }
            }
        }
        for (String name : LIBRARY_CLASSES) {
            codeSourceOf(name).map(ChildClassPath::normal).ifPresent(paths::add);
        }
        return List.copyOf(paths);
    }

    /** The entries joined for {@code -cp}. */
    static String argument() {
        return String.join(File.pathSeparator, entries().stream().map(Path::toString).toList());
    }

    /** Where the running JVM loaded a class from; empty if it cannot load it or does not say. */
    private static Optional<Path> codeSourceOf(String className) {
        try {
            CodeSource cs = Class.forName(className, false, ChildClassPath.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(cs.getLocation().toURI()));
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
