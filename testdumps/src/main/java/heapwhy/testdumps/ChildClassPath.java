package heapwhy.testdumps;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The class path of a scenario's child JVM: the testdumps classes first, then the jars of the libraries the
 * scenario programs use, wherever the running JVM loaded them from (a Maven repository when a test of any
 * module runs, the same shaded jar when the CLI runs).
 *
 * <p>Only those jars, not every jar of the running JVM's class path: the child's
 * {@code getPlatformMBeanServer()} opens every class-path jar looking for services, and each open jar keeps
 * its zip directory on the heap (half a megabyte for the analyzer's test class path), so passing them all
 * would make every scenario's dumps depend on which module's tests made them.
 */
final class ChildClassPath {
    /**
     * One class of each library jar the scenario programs need at run time: Guava's cache and the
     * failureaccess jar its futures extend, and Caffeine (LEAK_ZOO). A scenario that uses another library
     * adds one of its classes here.
     */
    static final List<String> LIBRARY_CLASSES = List.of(
            "com.google.common.cache.CacheBuilder",
            "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
            "com.github.benmanes.caffeine.cache.Caffeine");

    private ChildClassPath() {
    }

    /** The entries, without duplicates, in the order the child searches them. */
    static List<Path> entries() {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(normal(ChildJvm.codeSource()));
        for (String name : LIBRARY_CLASSES) {
            codeSourceOf(name).map(ChildClassPath::normal).ifPresent(paths::add);
        }
        return List.copyOf(paths);
    }

    /** The entries joined for {@code -cp}. */
    static String argument() {
        return String.join(File.pathSeparator, entries().stream().map(Path::toString).toList());
    }

    /** Where the running JVM loads a class from; empty if it cannot load it or does not say. */
    static Optional<Path> codeSourceOf(String className) {
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
