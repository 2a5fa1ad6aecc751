package heapwhy.testdumps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM's own class histogram ({@code GC.class_histogram} text), parsed: the ground truth that an analysis
 * of the dump taken right after it must reproduce. Names are converted to Java syntax ({@code byte[]}) so they
 * compare directly with names an analyzer reports. Rows for classes of the same name in different loaders stay
 * separate, as the JVM prints them.
 */
public final class JvmHistogram {
    /** One histogram line; {@code module} is the text in parentheses ({@code java.base@17.0.15}), or "" if none. */
    public record Row(String javaName, long count, long bytes, String module) {
    }

    /** Instance count and shallow bytes of the whole histogram. */
    public record Totals(long count, long bytes) {
    }

    private static final Pattern ROW =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)(?:\\s+\\((.*)\\))?\\s*$");
    private static final Pattern TOTAL = Pattern.compile("^\\s*Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private final List<Row> rows;
    private final Totals totals;

    private JvmHistogram(List<Row> rows, Totals totals) {
        this.rows = List.copyOf(rows);
        this.totals = totals;
    }

    /** Parses histogram text; header, separator and blank lines are skipped, anything else is an error. */
    public static JvmHistogram parse(String text) {
        List<Row> rows = new ArrayList<>();
        Totals totals = null;
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("num ") || trimmed.startsWith("---")) {
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(toJavaName(m.group(3)), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                        m.group(4) == null ? "" : m.group(4)));
                continue;
            }
            Matcher t = TOTAL.matcher(line);
            if (t.matches()) {
                totals = new Totals(Long.parseLong(t.group(1)), Long.parseLong(t.group(2)));
                continue;
            }
            throw new IllegalArgumentException("unrecognised histogram line " + lineNo + ": " + line);
        }
        if (totals == null) {
            long c = 0;
            long b = 0;
            for (Row r : rows) {
                c += r.count();
                b += r.bytes();
            }
            totals = new Totals(c, b);
        }
        return new JvmHistogram(rows, totals);
    }

    /** Reads and parses a {@code .histo.txt} file. */
    public static JvmHistogram read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The rows in the JVM's order (largest bytes first). */
    public List<Row> rows() {
        return rows;
    }

    /** The {@code Total} line, or the sum of the rows when the text has none. */
    public Totals totals() {
        return totals;
    }

    /** Instances of all classes with this Java name, summed over loaders; 0 if absent. */
    public long count(String javaName) {
        long c = 0;
        for (Row r : rows) {
            if (r.javaName().equals(javaName)) {
                c += r.count();
            }
        }
        return c;
    }

    /** Instance counts by Java name, summed over loaders, in first-seen order. */
    public Map<String, Long> countsByName() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Row r : rows) {
            m.merge(r.javaName(), r.count(), Long::sum);
        }
        return m;
    }

    /**
     * Converts a JVM class name as the histogram prints it to Java syntax: {@code [B} to {@code byte[]},
     * {@code [[I} to {@code int[][]}, {@code [Ljava.lang.String;} to {@code java.lang.String[]}; other names,
     * hidden classes ({@code Foo$$Lambda/0x...}) included, are returned unchanged.
     */
    public static String toJavaName(String jvmName) {
        int dims = 0;
        while (dims < jvmName.length() && jvmName.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return jvmName;
        }
        String element = jvmName.substring(dims);
        String base;
        if (element.length() == 1) {
            base = switch (element.charAt(0)) {
                case 'Z' -> "boolean";
                case 'B' -> "byte";
                case 'C' -> "char";
                case 'S' -> "short";
                case 'I' -> "int";
                case 'J' -> "long";
                case 'F' -> "float";
                case 'D' -> "double";
                default -> null;
            };
        } else if (element.startsWith("L") && element.endsWith(";")) {
            base = element.substring(1, element.length() - 1);
        } else {
            base = null;
        }
        if (base == null) {
            return jvmName;
        }
        return base + "[]".repeat(dims);
    }
}
