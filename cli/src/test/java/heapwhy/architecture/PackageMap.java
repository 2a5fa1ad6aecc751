package heapwhy.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package tables of docs/architecture.md: rows of {@code | `package` | room | what it holds | may use |},
 * where the room is {@code API} or {@code internal} for the analyzer's packages, and "may use" names packages in
 * backticks ({@code `heapwhy.cli.*`} for every package below one), or says "the analyzer's API" for all of its
 * exported packages.
 */
record PackageMap(Map<String, Row> rows) {
    record Row(String pkg, String room, Set<String> mayUse, boolean mayUseApi) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(heapwhy[\\w.]*)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`(heapwhy[\\w.]*(?:\\.\\*)?)`");

    static PackageMap read(Path doc) {
        Map<String, Row> rows = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(doc)) {
                Matcher m = ROW.matcher(line.strip());
                if (!m.matches()) {
                    continue;
                }
                Set<String> mayUse = new TreeSet<>();
                Matcher name = NAME.matcher(m.group(4));
                while (name.find()) {
                    mayUse.add(name.group(1));
                }
                Row row = new Row(m.group(1), m.group(2).strip(), mayUse, m.group(4).contains("analyzer's API"));
                if (rows.put(row.pkg(), row) != null) {
                    throw new IllegalStateException(doc + " lists " + row.pkg() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageMap(rows);
    }

    Set<String> packages() {
        return new TreeSet<>(rows.keySet());
    }

    Set<String> apiPackages() {
        Set<String> api = new TreeSet<>();
        rows.values().stream().filter(r -> r.room().equals("API")).forEach(r -> api.add(r.pkg()));
        return api;
    }

    /** What the package may use; a package missing from the map may use nothing. */
    Set<String> mayUse(String pkg) {
        Row row = rows.get(pkg);
        if (row == null) {
            return Set.of();
        }
        Set<String> allowed = new TreeSet<>();
        for (String name : row.mayUse()) {
            if (name.endsWith(".*")) {
                String prefix = name.substring(0, name.length() - 1);
                rows.keySet().stream().filter(p -> p.startsWith(prefix)).forEach(allowed::add);
            } else {
                allowed.add(name);
            }
        }
        if (row.mayUseApi()) {
            allowed.addAll(apiPackages());
        }
        return allowed;
    }
}
