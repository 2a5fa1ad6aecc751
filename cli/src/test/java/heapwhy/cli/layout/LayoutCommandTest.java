package heapwhy.cli.layout;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.cli.common.ExitCodes;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * heapwhy layout on a real JDK 17 dump (compressed oops and class pointers: 12-byte header, 4-byte references),
 * against the layouts JOL prints for the same JDK.
 */
class LayoutCommandTest {
    @TempDir
    static Path tmp;

    private static Path dump;

    @BeforeAll
    static void produce() throws IOException {
        dump = ScenarioDumps.produce(Scenario.WASTE, Variant.DEFAULT).dumps().get(0);
    }

    private static Run run(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "layout";
        args[1] = "--index-dir";
        args[2] = tmp.resolve("index").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = dump.toString();
        return Run.of(args);
    }

    @Test
    void hashMapNodesFieldsSitInDeclarationOrderAfterTheHeader() {
        Run run = run("--class", "java.util.HashMap$Node");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                java.util.HashMap$Node object internals (HotSpot's JDK 15+ field layout):
                  OFF   SZ  TYPE       DESCRIPTION
                    0   12             (object header)
                   12    4  int        HashMap$Node.hash
                   16    4  reference  HashMap$Node.key
                   20    4  reference  HashMap$Node.value
                   24    4  reference  HashMap$Node.next
                   28    4             (object alignment gap)
                Instance size: 32 bytes
                Space losses: 0 bytes internal + 4 bytes external = 4 bytes total
                """.replace("\n", System.lineSeparator()), run.out());
    }

    @Test
    void aStringLeavesAGapBeforeItsReference() {
        Run run = run("--class", "java.lang.String");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                java.lang.String object internals (HotSpot's JDK 15+ field layout):
                  OFF   SZ  TYPE       DESCRIPTION
                    0   12             (object header)
                   12    4  int        String.hash
                   16    1  byte       String.coder
                   17    1  boolean    String.hashIsZero
                   18    2             (alignment/padding gap)
                   20    4  reference  String.value
                Instance size: 24 bytes
                Space losses: 2 bytes internal + 0 bytes external = 2 bytes total
                """.replace("\n", System.lineSeparator()), run.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonListsEveryFieldWithItsDeclaringClass() {
        Run run = run("--class", "heapwhy.testdumps.scenarios.waste.Flag", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(run.out());
        assertEquals(16L, ((Number) json.get("instance_size")).longValue());
        assertEquals(12L, ((Number) json.get("header_bytes")).longValue());
        assertEquals(3L, ((Number) json.get("trailing_padding")).longValue());
        List<Map<String, Object>> fields = (List<Map<String, Object>>) json.get("fields");
        assertEquals(1, fields.size());
        assertEquals("on", fields.get(0).get("name"));
        assertEquals("boolean", fields.get(0).get("type"));
        assertEquals(12L, ((Number) fields.get(0).get("offset")).longValue());
    }

    @Test
    void anUnknownClassIsAUsageError() {
        Run run = run("--class", "com.example.Nothing");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("No class is named com.example.Nothing in the dump"), run.err());
    }

    @Test
    void aNameWithoutItsPackageOrInTheWrongCaseGetsTheClassesItMayMean() {
        Run run = run("--class", "waste.flag");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("did you mean heapwhy.testdumps.scenarios.waste.Flag?"), run.err());
    }

    @Test
    void anArrayClassHasNoFieldLayout() {
        Run run = run("--class", "java.lang.String[]");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("java.lang.String[] is an array class in "), run.err());
    }
}
