package heapwhy.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageErrorTest {

    private static void assertUsageError(Run run, String hint) {
        assertEquals(64, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("heapwhy: error: "), run.err());
        assertTrue(run.err().contains("Try '" + hint + " --help'"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownOptionExits64WithHintToHelp() {
        assertUsageError(Run.of("--bogus"), "heapwhy");
    }

    @Test
    void unknownOptionOfACommandPointsToThatCommandsHelp() {
        assertUsageError(Run.of("histogram", "--bogus", "x.hprof"), "heapwhy histogram");
    }

    @Test
    void unknownCommandExits64AndSuggestsTheNearestOne() {
        Run run = Run.of("histgram", "x.hprof");
        assertUsageError(run, "heapwhy");
        assertTrue(run.err().contains("heapwhy histogram"), run.err());
    }

    @Test
    void noCommandExits64() {
        assertUsageError(Run.of(), "heapwhy");
    }

    @Test
    void growthWithOneDumpExits64() {
        assertUsageError(Run.of("growth", "a.hprof"), "heapwhy growth");
    }

    @Test
    void badOptionValuesExit64() {
        assertUsageError(Run.of("histogram", "--sort", "size", "x.hprof"), "heapwhy histogram");
        assertUsageError(Run.of("histogram", "--format", "xml", "x.hprof"), "heapwhy histogram");
        assertUsageError(Run.of("histogram", "--filter", "([", "x.hprof"), "heapwhy histogram");
        assertUsageError(Run.of("histogram", "--top", "-1", "x.hprof"), "heapwhy histogram");
        assertUsageError(Run.of("growth", "--min-delta", "0", "a.hprof", "b.hprof"), "heapwhy growth");
        assertUsageError(Run.of("bench", "--runs", "0"), "heapwhy bench");
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        Run run = Run.of("histogram", "--format", "JSON", "--sort", "Count", "/no/such/dump.hprof");
        assertEquals(2, run.exitCode(), "options parsed, then the missing file is reported: " + run.err());
    }
}
