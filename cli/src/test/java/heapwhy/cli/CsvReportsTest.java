package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.util.ObjectIdText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** suspects, why, backrefs and path as CSV, on the static-cache dumps (MyCache.ENTRIES grows by 20,000 a dump). */
class CsvReportsTest {
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";

    @TempDir
    static Path sharedIndex;

    private static List<Path> dumps;
    private static String entryId;

    @BeforeAll
    static void produceDumps() throws IOException {
        dumps = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps();
        try (HeapIndex index = HeapIndex.open(dumps.get(2), IndexOptions.defaults().withIndexDir(sharedIndex),
                ProgressListener.NONE)) {
            for (int v = 0; v < index.nodeCount() && entryId == null; v++) {
                if (index.classOf(v).name().equals(ENTRY) && index.inGraph(v)) {
                    entryId = ObjectIdText.hex(index.objectId(v));
                }
            }
        }
    }

    /** The records of a CSV document; each must have as many fields as the header. */
    private static List<List<String>> csv(String command, List<Path> on, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--index-dir", sharedIndex.toString(), "--format", "csv"));
        args.addAll(List.of(options));
        on.forEach(d -> args.add(d.toString()));
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> records = records(run.out());
        for (List<String> record : records) {
            assertEquals(records.get(0).size(), record.size(), record + " in\n" + run.out());
        }
        return records;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    records.add(record);
                    record = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void everyCommandWithAFormatOptionTakesCsv() {
        CommandLine cli = Cli.create(CommandEnvironment.real());
        for (CommandLine sub : cli.getSubcommands().values()) {
            OptionSpec format = sub.getCommandSpec().findOption("--format");
            if (format != null) {
                List<String> choices = new ArrayList<>();
                format.completionCandidates().forEach(choices::add);
                assertTrue(choices.contains("csv"), sub.getCommandName() + " --format takes " + choices);
            }
        }
    }

    @Test
    void suspectsCsvHasOneRowPerSuspectWithItsAccumulationPointAndPath() {
        List<List<String>> rows = csv("suspects", dumps.subList(2, 3));
        assertEquals(List.of("rank", "kind", "id", "class", "count", "retained_bytes", "percent", "accumulation_id",
                "accumulation_class", "child_count", "held_class", "held_count", "held_bytes", "path"), rows.get(0));
        assertTrue(rows.size() > 1, rows.toString());
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(1).equals("object")
                && r.get(13).contains(" → static MyCache.ENTRIES")), rows.toString());
    }

    @Test
    void whyCsvHasOneRowPerGrowingPlaceWithItsSeries() {
        List<List<String>> rows = csv("why", dumps);
        assertEquals(List.of("rank", "class", "holder", "count_A", "count_B", "count_C", "retained_A", "retained_B",
                "retained_C", "count_growth", "retained_growth", "path"), rows.get(0));
        List<String> first = rows.get(1);
        assertEquals(List.of("1", ENTRY, "static MyCache.ENTRIES (HashMap of ArrayList)", "20000", "40000", "60000"),
                first.subList(0, 6), first.toString());
        assertEquals("40000", first.get(9));
        assertTrue(first.get(11).endsWith(" → static MyCache.ENTRIES → map[…] → list[…]"), first.get(11));
    }

    @Test
    void backrefsCsvHasOneRowPerMergedLineWithItsDepth() {
        List<List<String>> rows = csv("backrefs", dumps.subList(2, 3), "--class", ENTRY, "--max-paths", "100000");
        assertEquals(List.of("depth", "kind", "label", "class", "value", "paths", "retained_bytes"), rows.get(0));
        assertEquals("0", rows.get(1).get(0));
        assertEquals("root", rows.get(1).get(1));
        assertEquals("60000", rows.get(1).get(5));
        assertEquals(List.of("1", "step", "static MyCache.ENTRIES", "java.util.HashMap"), rows.get(2).subList(0, 4));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("3") && r.get(1).equals("target")
                && r.get(3).equals(ENTRY)), rows.toString());
    }

    @Test
    void pathCsvHasOneRowPerStepFromTheRoot() {
        List<List<String>> rows = csv("path", dumps.subList(2, 3), "--id", entryId);
        assertEquals(List.of("depth", "label", "id", "class"), rows.get(0));
        assertEquals("0", rows.get(1).get(0));
        assertEquals(List.of("1", "static MyCache.ENTRIES"), rows.get(2).subList(0, 2));
        List<String> last = rows.get(rows.size() - 1);
        assertEquals(List.of(entryId, ENTRY), last.subList(2, 4));
    }
}
