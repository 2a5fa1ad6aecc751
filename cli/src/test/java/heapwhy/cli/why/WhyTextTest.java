package heapwhy.cli.why;

import heapwhy.cli.Run;
import heapwhy.cli.SmallHeaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole text of {@code why} on three moments of the registry heap of {@link SmallHeaps}, with one, two
 * and three items in the list. Each item adds 240 B (24 B item, 216 B payload) to a reachable heap of 904 B
 * with one item; the place is the list's array (32 B), which retains 272 B, 512 B and 752 B.
 */
class WhyTextTest {
    @TempDir
    Path tmp;

    @Test
    void theListThatGainsAnItemEveryTimeIsThePlaceWithItsSeriesItsContentsAndItsPath() {
        Path a = SmallHeaps.registry(tmp.resolve("a.hprof"), 1).dump();
        Path b = SmallHeaps.registry(tmp.resolve("b.hprof"), 2).dump();
        Path c = SmallHeaps.registry(tmp.resolve("c.hprof"), 3).dump();
        Run run = Run.of("why", "--index-dir", tmp.resolve("index").toString(), "--min-growth", "1",
                a.toString(), b.toString(), c.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                Why the heap grows: 3 dumps, oldest first
                  A = TMP/a.hprof  (reachable heap 904 B)
                  B = TMP/b.hprof  (reachable heap 1.1 KB)
                  C = TMP/c.hprof  (reachable heap 1.4 KB)

                1 place keeps accumulating objects (grew in every interval by 1 B or more), the most retained growth first.

                #1 Item piles up in static Registry.ITEMS (ArrayList)
                   objects   1 → 2 → 3   +2 (+1 per interval)
                   retained  272 B → 512 B → 752 B   +480 B
                   growing under it, A → C:
                     byte[]              1 → 3        +2    +432 B
                     com.example.Item    1 → 3        +2     +48 B
                   held by (path in C):
                     system class com.example.Registry
                       → static Registry.ITEMS  java.util.ArrayList
                       → list[…]  com.example.Item
                   look closer: heapwhy backrefs --class com.example.Item TMP/c.hprof
                """, run.out().replace(tmp.toString(), "TMP"));
    }

    /**
     * Three dumps of one heap (two items: 1,144 B each): nothing grows, and the text says by how much a place
     * would have had to (the default, 64 KB) and where to look for types that grew at all.
     */
    @Test
    void aHeapThatDoesNotGrowHasNoPlace() {
        Path a = SmallHeaps.registry(tmp.resolve("a.hprof"), 2).dump();
        Path b = SmallHeaps.registry(tmp.resolve("b.hprof"), 2).dump();
        Path c = SmallHeaps.registry(tmp.resolve("c.hprof"), 2).dump();
        Run run = Run.of("why", "--index-dir", tmp.resolve("index").toString(), a.toString(), b.toString(),
                c.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                Why the heap grows: 3 dumps, oldest first
                  A = TMP/a.hprof  (reachable heap 1.1 KB)
                  B = TMP/b.hprof  (reachable heap 1.1 KB)
                  C = TMP/c.hprof  (reachable heap 1.1 KB)

                No place in the object graph grew in every interval by 64.0 KB or more: nothing keeps accumulating. (Which types grew at all: heapwhy growth.)
                """, run.out().replace(tmp.toString(), "TMP"));
    }
}
