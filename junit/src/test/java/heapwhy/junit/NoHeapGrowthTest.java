package heapwhy.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension on test bodies run by a real JUnit engine: a body that keeps adding to a static list fails with
 * the why report naming that field; a body that only makes garbage passes, and so does one whose bounded cache
 * fills during the warm-up.
 */
class NoHeapGrowthTest {
    /** Leaks 2,000 entries of about 120 bytes (some 240 KB) each run. */
    static class Leaking {
        static final List<byte[]> KEPT = new ArrayList<>();

        @Test
        @NoHeapGrowth
        void handlesRequests() {
            for (int i = 0; i < 2_000; i++) {
                KEPT.add(new byte[100]);
            }
        }
    }

    /** Makes garbage only. */
    static class Clean {
        @Test
        @NoHeapGrowth
        void handlesRequests() {
            long sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += new byte[100].length;
            }
            assertEquals(2_000_000, sum);
        }
    }

    /** An LRU cache of 1,000 entries, full after the first run: bounded, so it must pass. */
    static class BoundedCache {
        static final Map<Integer, byte[]> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
                return size() > 1_000;
            }
        };
        static int next;

        @Test
        @NoHeapGrowth
        void handlesRequests() {
            for (int i = 0; i < 2_000; i++) {
                CACHE.put(next++, new byte[100]);
            }
        }
    }

    private static Events run(Class<?> tests) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tests)).execute().testEvents();
    }

    @Test
    void aBodyThatKeepsAddingToAStaticFailsWithTheWhyReportNamingIt() throws IOException {
        Events events = run(Leaking.class);
        assertEquals(1, events.failed().count());
        Event failed = events.failed().list().get(0);
        String message = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertTrue(message.startsWith("The heap grew in each of 3 rounds of handlesRequests (dumps kept in "), message);
        assertTrue(message.contains("piles up in static NoHeapGrowthTest$Leaking.KEPT (ArrayList)"), message);
        Matcher kept = Pattern.compile("dumps kept in (\\S+)\\)").matcher(message);
        assertTrue(kept.find(), message);
        Path folder = Path.of(kept.group(1));
        assertTrue(Files.isRegularFile(folder.resolve("round-3.hprof")), "the dumps are there to look at");
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aBodyThatMakesGarbageOnlyPasses() {
        assertEquals(1, run(Clean.class).succeeded().count());
    }

    @Test
    void aBoundedCacheThatFillsDuringTheWarmupPasses() {
        Events events = run(BoundedCache.class);
        assertEquals(1, events.succeeded().count(), events.failed().list().toString());
    }
}
