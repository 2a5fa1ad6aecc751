package heapwhy.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main sources of the project's modules, read as text: which package each file is in and which of heapwhy's
 * packages it names, by import or by a qualified name in the code.
 */
record Sources(Map<String, String> moduleOf, Map<String, Set<String>> uses, Map<String, Integer> fileCounts) {
    /** A heapwhy type named in full: the package is the lower-case segments before the class's name. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(heapwhy(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    /** Comments, text blocks, strings and characters: what they name is not a use of a package. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);

    static Sources read(Path project, List<String> modules) {
        Map<String, String> moduleOf = new TreeMap<>();
        Map<String, Set<String>> uses = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String module : modules) {
            Path root = project.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    Matcher pkg = PACKAGE.matcher(text);
                    if (!pkg.find()) {
                        continue;
                    }
                    String name = pkg.group(1);
                    moduleOf.put(name, module);
                    counts.merge(name, 1, Integer::sum);
                    Set<String> used = uses.computeIfAbsent(name, k -> new TreeSet<>());
                    Matcher q = QUALIFIED.matcher(NOT_CODE.matcher(text).replaceAll(" "));
                    while (q.find()) {
                        if (!q.group(1).equals(name)) {
                            used.add(q.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Sources(moduleOf, uses, counts);
    }

    Set<String> packages() {
        return new TreeSet<>(moduleOf.keySet());
    }

    Set<String> packagesOf(String module) {
        Set<String> result = new TreeSet<>();
        moduleOf.forEach((pkg, m) -> {
            if (m.equals(module)) {
                result.add(pkg);
            }
        });
        return result;
    }

    /** The other heapwhy packages this package names. */
    Set<String> uses(String pkg) {
        return uses.getOrDefault(pkg, Set.of());
    }
}
