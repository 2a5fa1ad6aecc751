package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scenarios made for paths to GC roots: one dump each, with the exact counts their programs create. */
class PathScenarioDumpsTest {
    private static final String PKG = "heapwhy.testdumps.scenarios.";
    private static final byte[] MAGIC = "JAVA PROFILE 1.0.2".getBytes(StandardCharsets.US_ASCII);

    private static JvmHistogram onlyHistogram(DumpSet set) throws IOException {
        assertEquals(1, set.dumps().size());
        assertEquals(1, set.jvmHistograms().size());
        try (InputStream in = Files.newInputStream(set.dumps().get(0))) {
            assertArrayEquals(MAGIC, in.readNBytes(MAGIC.length), set.dumps().get(0)::toString);
        }
        return JvmHistogram.read(set.jvmHistograms().get(0));
    }

    @Test
    void weakHolderDumpKeepsEveryWeaklySoftlyAndStronglyHeldObject() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.WEAK_HOLDER, Variant.DEFAULT);
        JvmHistogram h = onlyHistogram(set);
        assertEquals(300, h.count(PKG + "WeaklyHeld"));
        assertEquals(200, h.count(PKG + "SoftlyHeld"));
        assertEquals(100, h.count(PKG + "StronglyHeld"));
        assertTrue(h.count("java.lang.ref.WeakReference") >= 300, "one WeakReference per WeaklyHeld");
        assertTrue(h.count("java.lang.ref.SoftReference") >= 200, "one SoftReference per SoftlyHeld");
    }

    @Test
    void weakHolderIsDumpedWithAllObjectsWhateverTheVariant() throws IOException {
        assertTrue(Scenario.WEAK_HOLDER.dumpsAllObjects());
        String out = Files.readString(ScenarioDumps.produce(Scenario.WEAK_HOLDER, Variant.DEFAULT).dumps().get(0)
                .resolveSibling(CachedDir.LOG), StandardCharsets.UTF_8);
        assertTrue(out.contains("live=false"), out);
    }

    @Test
    void hostileStringsHoldOneVictimPerHostileKeyPlusOneWithAllOfThem() throws IOException {
        JvmHistogram h = onlyHistogram(ScenarioDumps.produce(Scenario.HOSTILE_STRINGS, Variant.DEFAULT));
        assertEquals(22, h.count(PKG + "Victim"));
    }

    @Test
    void pathsBenchHoldsExactly100000TargetsInOverAMillionObjects() throws IOException {
        JvmHistogram h = onlyHistogram(ScenarioDumps.produce(Scenario.PATHS_BENCH, Variant.DEFAULT));
        assertEquals(100_000, h.count(PKG + "Target"));
        assertEquals(10_000, h.count(PKG + "Holder"));
        assertTrue(h.totals().count() > 1_000_000, () -> "only " + h.totals().count() + " objects");
    }
}
