package heapwhy.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The allocation limit on bodies run by a real JUnit engine: over the limit fails and says by how much, under passes. */
class LimitAllocationsTest {
    /** Keeps what it allocates in a field, so that no compiler can leave the arrays out. */
    static Object sink;

    static class Greedy {
        @Test
        @LimitAllocations("1 MB")
        void parsesTheFeed() {
            for (int i = 0; i < 100; i++) {
                sink = new byte[64 * 1024]; // 6.4 MB in all, garbage as it goes
            }
        }
    }

    static class Frugal {
        @Test
        @LimitAllocations("50 MB")
        void parsesTheFeed() {
            for (int i = 0; i < 10; i++) {
                sink = new byte[64 * 1024];
            }
        }
    }

    private static Events run(Class<?> tests) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tests)).execute().testEvents();
    }

    @Test
    void aBodyOverTheLimitFailsSayingWhatItAllocated() {
        Events events = run(Greedy.class);
        assertEquals(1, events.failed().count());
        String message = events.failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertTrue(message.matches("parsesTheFeed allocated [67]\\.\\d MB on its thread, over the limit of 1\\.0 MB "
                + "\\(@LimitAllocations\\(\"1 MB\"\\)\\)"), message);
    }

    @Test
    void aBodyUnderTheLimitPasses() {
        assertEquals(1, run(Frugal.class).succeeded().count());
    }

    @Test
    void limitsAreReadInTheUnitsPeopleWrite() {
        assertEquals(50L << 20, LimitAllocationsExtension.bytes("50 MB"));
        assertEquals(512L << 10, LimitAllocationsExtension.bytes("512kb"));
        assertEquals(3L << 29, LimitAllocationsExtension.bytes("1.5 GiB"));
        assertEquals(1000, LimitAllocationsExtension.bytes("1000"));
    }
}
