package heapwhy.cli.suspects;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** suspects on the real static-cache dump; the index in a temp folder only. */
class SuspectsCommandTest {
    private static Path dump;

    /** Shared by the tests so that the index is built once. */
    @TempDir
    static Path sharedIndex;

    @BeforeAll
    static void produceDump() throws IOException {
        dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
    }

    private static Run run(String... options) {
        String[] args = Stream.concat(Stream.of("suspects", "--index-dir", sharedIndex.toString()),
                Stream.concat(Arrays.stream(options), Stream.of(dump.toString()))).toArray(String[]::new);
        Run run = Run.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void textNamesSuspectOneByTheStaticFieldThatHoldsItAndTheTenantNodesItAccumulates() {
        String text = run().out();
        System.out.println(text);
        assertTrue(text.matches("(?s).*\\RSuspect 1: java\\.util\\.HashMap 0x\\p{XDigit}+ held by static MyCache\\.ENTRIES"
                + " retains .*"), text);
        assertFalse(text.contains("ClassLoader 0x"), text);
        assertFalse(text.contains("the suspect itself"), text);
        assertTrue(text.contains("It accumulates in java.util.HashMap"), text);
        assertTrue(text.contains(" × java.util.HashMap$Node ("), text);
        assertTrue(text.contains("  What piles up in it (all it keeps alive, by shallow size):"
                + System.lineSeparator() + "    60,000 × heapwhy.testdumps.scenarios.MyCache$Entry (2.3 MB)"), text);
        assertFalse(text.contains("Suspect 0"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonParsesAndCarriesTheHolderTheAccumulationAndPath() {
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(run("--format", "json").out());
        long graphBytes = ((Number) json.get("graph_bytes")).longValue();
        List<Object> suspects = (List<Object>) json.get("suspects");
        assertFalse(suspects.isEmpty(), json.toString());
        Map<String, Object> first = (Map<String, Object>) suspects.get(0);
        assertTrue(((Number) first.get("retained_bytes")).longValue() * 100 > 40 * graphBytes, first.toString());
        assertEquals("java.util.HashMap", first.get("class"), first.toString());
        assertEquals("object", first.get("kind"), first.toString());
        Map<String, Object> holder = (Map<String, Object>) first.get("holder");
        assertEquals("static MyCache.ENTRIES", holder.get("field"), first.toString());
        assertEquals("static MyCache.ENTRIES", holder.get("text"), first.toString());
        assertEquals("class heapwhy.testdumps.scenarios.MyCache",
                ((Map<String, Object>) holder.get("owner")).get("description"), first.toString());
        assertEquals(first.get("retained_bytes"), first.get("own_bytes"), first.toString());
        Map<String, Object> at = (Map<String, Object>) first.get("accumulation");
        assertEquals(List.of(), at.get("biggest_held"), at.toString());
        assertTrue(((String) at.get("class")).startsWith("java.util.HashMap"), at.toString());
        assertTrue(((Number) at.get("child_count")).longValue() > 40, at.toString());
        Map<String, Object> most = ((List<Map<String, Object>>) at.get("contents")).get(0);
        assertEquals("heapwhy.testdumps.scenarios.MyCache$Entry", most.get("class"), at.toString());
        assertEquals(60_000L, ((Number) most.get("count")).longValue(), at.toString());
        assertEquals(2_400_000L, ((Number) most.get("shallow_bytes")).longValue(), at.toString());
        Map<String, Object> path = (Map<String, Object>) first.get("path");
        assertTrue(path.toString().contains("static MyCache.ENTRIES"), path.toString());
    }

    @Test
    void thresholdNinetyNineSaysNothingPassesIt() {
        String text = run("--threshold", "99").out();
        assertTrue(text.startsWith("No object and no class keeps 99 % or more of the reachable heap"), text);
    }

    @Test
    void thresholdOutsideOneToAHundredIsAUsageError() {
        Run run = Run.of("suspects", "--index-dir", sharedIndex.toString(), "--threshold", "0", dump.toString());
        assertEquals(64, run.exitCode(), run.err());
    }
}
