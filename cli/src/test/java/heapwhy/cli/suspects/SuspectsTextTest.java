package heapwhy.cli.suspects;

import heapwhy.cli.Run;
import heapwhy.cli.SmallHeaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Six nodes instead of three: the reachable heap is 1,456 B, and beside the list the Registry class keeps
     * its 56 B mirror and the 144 B chain, 200 B (13.74 %): a suspect of its own, though no object its statics
     * hold passes the threshold alone (the chain's head retains 144 B, 9.89 %).
     */
    @Test
    void aClassWhoseStaticsKeepEnoughBesideTheSuspectIsOneTooWithTheBiggestOfThem() {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3, 6);
        Run run = Run.of("suspects", "--index-dir", tmp.resolve("index").toString(), heap.dump().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                Leak suspects: the objects that alone keep 10 % or more of the reachable heap, 1.4 KB (1,456 bytes), alive.

                Suspect 1: java.util.ArrayList 0x1530 held by static Registry.ITEMS retains 776 B (53.30 % of the heap).
                  Held by:
                    system class com.example.Registry
                      → static Registry.ITEMS  java.util.ArrayList 0x1530
                      → elementData  java.lang.Object[] 0x1510
                  It accumulates in java.lang.Object[] 0x1510 (752 B) with 3 children:
                    3 × com.example.Item (720 B)
                  What piles up in it (all it keeps alive, by shallow size):
                    3 × byte[] (648 B)
                    3 × com.example.Item (72 B)

                Suspect 2: class com.example.Registry 0x15e8 retains 976 B (67.03 % of the heap) in what its statics hold: beside the suspects found in it, 200 B (13.74 % of the heap) spread over objects that keep less than 10 % each.
                  Held by:
                    system class com.example.Registry
                  The biggest objects its statics hold:
                    static Registry.CHAIN  com.example.Node 0x15c0 (144 B)
                  What piles up in it (all it keeps alive beside the suspects found in it, by shallow size):
                    6 × com.example.Node (144 B)
                """, run.out());
    }

    /**
     * Two items: the reachable heap is 1,144 B, and jdk.internal.misc.Unsafe's mirror alone (128 B of int
     * statics, 11.19 %) passes the threshold. Its statics hold no object, so nothing can pile up in them.
     */
    @Test
    void aClassWhoseStaticsHoldNoObjectIsNotSaidToSpreadOverMany() {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 2);
        Run run = Run.of("suspects", "--index-dir", tmp.resolve("index").toString(), heap.dump().toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.contains("Suspect 3: class jdk.internal.misc.Unsafe "), text);
        assertFalse(text.contains("spread over many objects"), text);
        assertTrue(text.contains("Suspect 3: class jdk.internal.misc.Unsafe 0x1580 retains 128 B (11.19 % of the heap) in its "
                + "own static fields, which hold no object.\n"), text);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  What piles up in it")) {
                assertTrue(i + 1 < lines.size() && lines.get(i + 1).startsWith("    "), "a heading with nothing under it: " + text);
            }
        }
    }
}
