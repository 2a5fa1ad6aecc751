package heapwhy.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/architecture.md is the map of the code, and these checks hold the code to it: every package is on the map,
 * uses only what its row says it may, the analyzer's packages form no cycle, its module descriptor exports exactly
 * the packages the map calls API, the CLI and the GUI use nothing else of it, and no package outgrows a room.
 */
class PackageMapTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> MODULES = List.of("analyzer", "cli", "gui", "junit", "testdumps");
    private static final int MOST_FILES_IN_A_PACKAGE = 30;

    private final PackageMap map = PackageMap.read(PROJECT.resolve("docs/architecture.md"));
    private final Sources sources = Sources.read(PROJECT, MODULES);

    @Test
    void everyPackageIsOnTheMapAndEveryRowIsAPackage() {
        assertEquals(sources.packages(), map.packages(),
                "docs/architecture.md must list each main source package once, and no other");
    }

    @Test
    void eachPackageUsesOnlyWhatItsRowSaysItMay() {
        List<String> breaches = new ArrayList<>();
        for (String pkg : sources.packages()) {
            Set<String> allowed = map.mayUse(pkg);
            for (String used : sources.uses(pkg)) {
                if (!allowed.contains(used)) {
                    breaches.add(pkg + " uses " + used);
                }
            }
        }
        assertEquals(List.of(), breaches, "add the use to docs/architecture.md or remove it from the code");
    }

    @Test
    void analyzerPackagesImportEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String pkg : sources.packagesOf("analyzer")) {
            graph.put(pkg, sources.uses(pkg));
        }
        assertEquals(List.of(), Cycles.find(graph));
    }

    @Test
    void theAnalyzerExportsExactlyTheApiPackages() throws IOException {
        String descriptor = Files.readString(PROJECT.resolve("analyzer/src/main/java/module-info.java"));
        Set<String> exported = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(descriptor);
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertEquals(map.apiPackages(), exported);
    }

    @Test
    void theCliAndTheGuiUseOnlyTheAnalyzersApi() {
        Set<String> analyzer = sources.packagesOf("analyzer");
        List<String> breaches = new ArrayList<>();
        for (String module : List.of("cli", "gui", "junit")) {
            for (String pkg : sources.packagesOf(module)) {
                for (String used : sources.uses(pkg)) {
                    if (analyzer.contains(used) && !map.apiPackages().contains(used)) {
                        breaches.add(pkg + " uses the analyzer's internal " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), breaches);
    }

    /** The product's modules; testdumps' scenario programs are fixtures whose class names are in their dumps. */
    @Test
    void noProductPackageHoldsMoreThanThirtyFiles() {
        Map<String, Integer> crowded = sources.fileCounts().entrySet().stream()
                .filter(e -> !sources.moduleOf().get(e.getKey()).equals("testdumps"))
                .filter(e -> e.getValue() > MOST_FILES_IN_A_PACKAGE)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertTrue(crowded.isEmpty(), "split these packages by feature: " + crowded);
    }
}
