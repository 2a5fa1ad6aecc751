package heapwhy.cli.paths;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.cli.common.ExitCodes;
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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code heapwhy backrefs} and {@code heapwhy path} on the STATIC_CACHE dump: 60,000 MyCache$Entry. */
class BackrefsAndPathCommandsTest {
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";

    @TempDir
    static Path sharedIndex;

    static Path dump;
    static String entryId;

    @BeforeAll
    static void produceDump() throws IOException {
        dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(sharedIndex), ProgressListener.NONE)) {
            for (int v = 0; v < index.nodeCount() && entryId == null; v++) {
                if (index.classOf(v).name().equals(ENTRY) && index.inGraph(v)) {
                    entryId = ObjectIdText.hex(index.objectId(v));
                }
            }
        }
    }

    private static Run ok(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = args[0];
        all[1] = "--index-dir";
        all[2] = sharedIndex.toString();
        System.arraycopy(args, 1, all, 3, args.length - 1);
        Run run = Run.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void backrefsTextLeadsFromTheClassThroughTheStaticMapAndTenantListsToAllEntries() {
        Run run = ok("backrefs", "--class", ENTRY, "--max-paths", "100000", "--too-many", "3", dump.toString());
        System.out.println(run.out());
        assertTrue(run.out().contains("60,000 targets; 60,000 paths shown"), run.out());
        assertTrue(run.out().contains("class heapwhy.testdumps.scenarios.MyCache (loaded by "), run.out());
        assertTrue(run.out().contains("└─ static MyCache.ENTRIES → java.util.HashMap"), run.out());
        // the 50 tenants' lists are one branch, merged by the shape of the step, with a few keys as examples
        assertTrue(run.out().contains("└─ map[…] → java.util.ArrayList; e.g. map[\"tenant-"), run.out());
        assertTrue(run.out().contains("└─ list[…] → " + ENTRY + " (×60,000, "), run.out());
        Run byKey = ok("backrefs", "--class", ENTRY, "--by-key", "--too-many", "3", dump.toString());
        assertTrue(byKey.out().contains("list[…] → " + ENTRY + " (×1,200, "), byKey.out());
        assertTrue(byKey.out().contains("… 47 more steps (×56,400, "), byKey.out());
        assertTrue(!run.out().contains("no strong path"), run.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void backrefsJsonNestsTheStepsWithPathCounts() {
        Run run = ok("backrefs", "--class", ENTRY, "--format", "json", "--max-paths", "10000", dump.toString());
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(run.out());
        assertEquals(60_000L, ((Number) doc.get("targets")).longValue());
        assertEquals(10_000L, ((Number) doc.get("considered")).longValue());
        List<Object> roots = (List<Object>) doc.get("roots");
        Map<String, Object> root = (Map<String, Object>) roots.get(0);
        assertEquals("root", root.get("kind"));
        Map<String, Object> statics = (Map<String, Object>) ((List<Object>) root.get("children")).get(0);
        assertEquals("static MyCache.ENTRIES", statics.get("label"));
        assertEquals(10_000L, ((Number) statics.get("paths")).longValue());
    }

    @Test
    void pathOfOneEntryIsOneStepPerLineFromItsClass() {
        Run run = ok("path", "--id", entryId, dump.toString());
        System.out.println(run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("class heapwhy.testdumps.scenarios.MyCache"), run.out());
        assertTrue(lines.get(1).startsWith("  → static MyCache.ENTRIES  java.util.HashMap "), run.out());
        assertTrue(lines.get(2).matches("  → map\\[\"tenant-\\d+\"\\]  java.util.ArrayList 0x\\p{XDigit}+"), run.out());
        assertTrue(lines.get(3).matches("  → list\\[\\d+\\]  " + ENTRY.replace("$", "\\$") + " " + entryId), run.out());
    }

    @Test
    void backrefsOfOneIdAndPathJsonAgree() {
        Run backrefs = ok("backrefs", "--id", entryId, dump.toString());
        assertTrue(backrefs.out().contains("1 target; 1 path shown"), backrefs.out());
        Run json = ok("path", "--id", entryId, "--format", "json", dump.toString());
        assertTrue(json.out().contains("\"found\": true"), json.out());
        assertTrue(json.out().contains("\"label\": \"static MyCache.ENTRIES\""), json.out());
    }

    @Test
    void backrefsWithBothClassAndIdIsAUsageError() {
        Run run = Run.of("backrefs", "--class", ENTRY, "--id", entryId, dump.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    }
}
