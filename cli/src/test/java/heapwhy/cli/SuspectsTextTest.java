package heapwhy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole text of {@code suspects} on the registry heap of {@link SmallHeaps} (1,384 B reachable, so the
 * 10 % threshold is 138.4 B). The list retains 776 B (56.07 %) and accumulates in its array (752 B), whose
 * three items retain 240 B each: 216 B payload and 24 B item. The Registry class retains 904 B (65.32 %), but
 * it is looked through to the list its static holds: beside the list it keeps 128 B (9.25 %, its 56 B mirror
 * and the 72 B chain), under the threshold, so it is no suspect of its own. No mirror alone passes the
 * threshold either (Unsafe's 128 B is the biggest).
 */
class SuspectsTextTest {
    @TempDir
    Path tmp;

    @Test
    void theListIsTheOnlySuspectWithWhereItAccumulatesAndWhatPilesUpThere() {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3);
        Run run = Run.of("suspects", "--index-dir", tmp.resolve("index").toString(), heap.dump().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                Leak suspects: the objects that alone keep 10 % or more of the reachable heap, 1.4 KB (1,384 bytes), alive.

                Suspect 1: java.util.ArrayList 0x1530 held by static Registry.ITEMS retains 776 B (56.07 % of the heap).
                  Held by:
                    system class com.example.Registry
                      → static Registry.ITEMS  java.util.ArrayList 0x1530
                      → elementData  java.lang.Object[] 0x1510
                  It accumulates in java.lang.Object[] 0x1510 (752 B) with 3 children:
                    3 × com.example.Item (720 B)
                  What piles up in it (all it keeps alive, by shallow size):
                    3 × byte[] (648 B)
                    3 × com.example.Item (72 B)
                """, run.out());
    }
}
