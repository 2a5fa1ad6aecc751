package heapwhy.testdumps.scenarios.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import heapwhy.testdumps.scenarios.zoo.ZooLeaks.Leak;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table's own promises, which the zoo's dumps rely on. */
class ZooLeaksTest {
    @Test
    void ranksRunFromOneAndEachLeakOutgrowsTheNextInPayload() {
        List<Leak> leaks = ZooLeaks.LEAKS;
        for (int i = 0; i < leaks.size(); i++) {
            Leak leak = leaks.get(i);
            assertEquals(i + 1, leak.rank(), leak::toString);
            assertTrue(leak.payloadPerStep() >= 100 * 1024, leak::toString);
            if (i > 0) {
                // payload only: the per-entry overhead, which the counts make up for, is not in the table
                double ratio = (double) leaks.get(i - 1).payloadPerStep() / leak.payloadPerStep();
                assertTrue(ratio >= 1.1 && ratio <= 1.3, leak.type() + ": " + ratio);
            }
        }
    }

    @Test
    void everyLeakHasATypeOfItsOwnAndTheJournalSplitsEvenlyOverThePool() {
        Set<String> names = new HashSet<>();
        for (Leak leak : ZooLeaks.LEAKS) {
            assertTrue(names.add(leak.className()), leak::toString);
            assertTrue(leak.className().endsWith("." + leak.type()), leak::toString);
        }
        for (String name : ZooLeaks.lookalikeClassNames()) {
            assertTrue(!names.contains(name), name);
        }
        assertEquals(0, ZooLeaks.REQUEST_JOURNALS.perStep() % WorkerPool.THREADS);
    }
}
