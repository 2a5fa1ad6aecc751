package heapwhy.cli.histogram;

import heapwhy.cli.Fixtures;
import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;
import heapwhy.report.histogram.HistogramCsv;
import heapwhy.report.histogram.HistogramJson;
import heapwhy.report.histogram.HistogramSelection;
import heapwhy.report.histogram.HistogramText;
import heapwhy.report.histogram.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistogramOutputTest {
    @TempDir
    Path dir;

    private static List<String> tableRows(String text) {
        return text.lines().filter(line -> line.matches("\\s*\\d+\\s+[\\d,]+\\s+[\\d,]+\\s.*")).toList();
    }

    @Test
    void textIsAnAlignedTableLargestBytesFirstWithATotal() {
        ClassHistogram h = Fixtures.sample(Path.of("/dumps/app.hprof"));
        String text = HistogramText.format(HistogramSelection.of(h, SortKey.bytes, null, 30));
        assertTrue(text.startsWith("Dump: /dumps/app.hprof (1.2 MB, JAVA PROFILE 1.0.2, 8-byte ids)"), text);
        assertTrue(text.contains("Layout: compressed oops, compressed class pointers, 8-byte alignment (assumed)"));
        List<String> lines = text.lines().toList();
        String header = lines.stream().filter(l -> l.contains("instances")).findFirst().orElseThrow();
        assertTrue(header.matches("\\s*num\\s+instances\\s+bytes\\s+size\\s+class"), header);
        List<String> rows = tableRows(text);
        assertEquals(4, rows.size(), text);
        assertTrue(rows.get(0).endsWith("com.example.MyCache$Entry"), rows.get(0));
        assertTrue(rows.get(0).contains("5,000") && rows.get(0).contains("120,000") && rows.get(0).contains("117.2 KB"));
        assertTrue(rows.get(3).endsWith("java.util.HashMap$Node"));
        int classColumn = header.indexOf("class");
        for (String row : rows) {
            assertEquals(' ', row.charAt(classColumn - 1), "class names start in one column: " + row);
            assertTrue(row.charAt(classColumn) != ' ', row);
        }
        assertTrue(text.contains("7,400  227,600  222.3 KB  total of 4 classes"), text);
        assertTrue(!text.contains("not shown"), text);
    }

    @Test
    void topCutsRowsAndSaysHowManyWereLeftOut() {
        ClassHistogram h = Fixtures.sample(Path.of("app.hprof"));
        String text = HistogramText.format(HistogramSelection.of(h, SortKey.bytes, null, 2));
        assertEquals(2, tableRows(text).size(), text);
        assertTrue(text.contains("Top 2 of 4 classes by shallow bytes:"), text);
        assertTrue(text.contains("2 more classes are not shown (--top 0 shows all)."), text);
        assertTrue(text.contains("total of 4 classes"), "the total covers every class: " + text);
    }

    @Test
    void sortByCountAndFilterOnTheDisplayName() {
        ClassHistogram h = Fixtures.sample(Path.of("app.hprof"));
        HistogramSelection byCount = HistogramSelection.of(h, SortKey.count, null, 0);
        assertEquals(List.of("com.example.MyCache$Entry", "java.lang.String", "java.util.HashMap$Node", "byte[]"),
                byCount.shown().stream().map(ClassEntry::name).toList());
        HistogramSelection filtered = HistogramSelection.of(h, SortKey.bytes, Pattern.compile("java\\.(lang|util)"), 0);
        assertEquals(List.of("java.lang.String", "java.util.HashMap$Node"),
                filtered.shown().stream().map(ClassEntry::name).toList());
        String none = HistogramText.format(HistogramSelection.of(h, SortKey.bytes, Pattern.compile("Nope"), 0));
        assertTrue(none.contains("No class matches /Nope/."), none);
    }

    @Test
    void filterFindsTheLoaderInADisplayName() {
        ClassHistogram h = Fixtures.histogram(Path.of("app.hprof"), List.of(
                new ClassEntry("com.x.Foo", "app.Loader@0x1", true, 1, 16),
                new ClassEntry("com.x.Foo", "other.Loader@0x2", true, 2, 32)));
        HistogramSelection s = HistogramSelection.of(h, SortKey.bytes, Pattern.compile("other"), 0);
        assertEquals(1, s.shown().size());
        assertTrue(HistogramText.format(s).contains("com.x.Foo (other.Loader@0x2)"));
    }

    @Test
    void csvQuotesANameWithACommaAndAQuote() {
        ClassHistogram h = Fixtures.histogram(Path.of("app.hprof"), List.of(
                new ClassEntry("Odd,\"Name\"", "my.Loader@0x10", false, 3, 48),
                Fixtures.entry("byte[]", 1, 24)));
        String csv = HistogramCsv.format(HistogramSelection.of(h, SortKey.bytes, null, 0));
        assertEquals("class,count,shallow_bytes,loader\n\"Odd,\"\"Name\"\"\",3,48,my.Loader@0x10\nbyte[],1,24,\n", csv);
    }

    @Test
    void jsonHasDumpLayoutWarningsAndEscapedClasses() {
        String nasty = "Bad\"Name\\\n\u0007";
        ClassHistogram h = Fixtures.histogram(Path.of("/d/app.hprof"), List.of(
                Fixtures.entry(nasty, 7, 112), Fixtures.entry("byte[]", 1, 24)), "tail \"truncated\"");
        String json = HistogramJson.format(HistogramSelection.of(h, SortKey.bytes, null, 0));
        Map<?, ?> root = (Map<?, ?>) MiniJson.parse(json);
        Map<?, ?> dump = (Map<?, ?>) root.get("dump");
        assertEquals("/d/app.hprof", dump.get("file"));
        assertEquals(1_234_567L, dump.get("file_size"));
        assertEquals(8L, ((Map<?, ?>) root.get("layout")).get("object_alignment"));
        assertEquals(List.of("tail \"truncated\""), root.get("warnings"));
        List<?> classes = (List<?>) root.get("classes");
        assertEquals(2, classes.size());
        Map<?, ?> first = (Map<?, ?>) classes.get(0);
        assertEquals(nasty, first.get("class"));
        assertEquals(7L, first.get("count"));
        assertEquals(112L, first.get("shallow_bytes"));
        assertEquals(null, first.get("loader"));
    }

    @Test
    void commandDefaultsToTop30ForTextAndAllForCsv() throws IOException {
        Path dump = Fixtures.file(dir, "big.hprof");
        List<ClassEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(Fixtures.entry("C" + i, i + 1, (i + 1) * 16L));
        }
        CommandEnvironment environment = Fixtures.environment(Map.of(dump, Fixtures.histogram(dump, many)));
        Run text = Run.of(environment, "histogram", dump.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertEquals(30, tableRows(text.out()).size());
        assertTrue(text.out().contains("10 more classes are not shown"), text.out());
        Run csv = Run.of(environment, "histogram", "--format", "csv", dump.toString());
        assertEquals(41, csv.out().lines().count());
        Run top = Run.of(environment, "histogram", "--format", "csv", "--top", "3", "--sort", "count",
                "--filter", "C[123]", dump.toString());
        assertEquals("class,count,shallow_bytes,loader\nC39,40,640,\nC38,39,624,\nC37,38,608,\n", top.out());
        Run json = Run.of(environment, "histogram", "--format", "json", "--top", "0", dump.toString());
        assertEquals(40, ((List<?>) ((Map<?, ?>) MiniJson.parse(json.out())).get("classes")).size());
    }
}
