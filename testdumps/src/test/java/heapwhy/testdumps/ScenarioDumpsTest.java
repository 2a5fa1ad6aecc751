package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs real child JVMs; sets are cached under target/dumps, so only the first run pays. */
class ScenarioDumpsTest {
    private static final byte[] MAGIC = "JAVA PROFILE 1.0.2".getBytes(StandardCharsets.US_ASCII);
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";

    private static byte[] head(Path dump) throws IOException {
        try (InputStream raw = Files.newInputStream(dump);
             InputStream in = dump.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readNBytes(MAGIC.length);
        }
    }

    private static List<JvmHistogram> histograms(DumpSet set) throws IOException {
        return set.jvmHistograms().stream().map(p -> {
            try {
                return JvmHistogram.read(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void staticCacheTakesThreeDumpsWhoseEntryCountGrowsBy20000() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT);
        assertEquals(3, set.dumps().size());
        assertEquals(3, set.jvmHistograms().size());
        for (Path d : set.dumps()) {
            assertTrue(Files.isRegularFile(d), d::toString);
            assertArrayEquals(MAGIC, head(d), d::toString);
        }
        List<JvmHistogram> h = histograms(set);
        assertEquals(20_000, h.get(0).count(ENTRY));
        assertEquals(40_000, h.get(1).count(ENTRY));
        assertEquals(60_000, h.get(2).count(ENTRY));
        assertEquals(Runtime.version().feature(), ChildJvm.feature(set.javaVersion()));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyVariantOfStaticCacheKeepsTheExactLeakAndAReadableDump(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK under /usr/lib/jvm");
        }
        DumpSet set = ScenarioDumps.produce(Scenario.STATIC_CACHE, variant);
        for (Path d : set.dumps()) {
            assertTrue(d.getFileName().toString().endsWith(variant.dumpSuffix()), d::toString);
            assertArrayEquals(MAGIC, head(d), d::toString);
        }
        List<JvmHistogram> h = histograms(set);
        for (int k = 0; k < 3; k++) {
            assertEquals(20_000L * (k + 1), h.get(k).count(ENTRY));
        }
        Properties run = new Properties();
        try (var r = Files.newBufferedReader(set.dumps().get(0).resolveSibling("run.properties"))) {
            run.load(r);
        }
        switch (variant) {
            case NO_COMPRESSED_OOPS -> assertEquals("false", run.getProperty("flag.UseCompressedOops"));
            case NO_COMPRESSED_CLASS_POINTERS ->
                    assertEquals("false", run.getProperty("flag.UseCompressedClassPointers"));
            case ALL_OBJECTS -> assertTrue(h.get(0).count("heapwhy.testdumps.scenarios.Churn$Garbage") >= 1000,
                    "an -all histogram holds the garbage made just before it");
            case OTHER_JDK -> assertTrue(ChildJvm.feature(set.javaVersion()) != Runtime.version().feature());
            default -> assertEquals(0, h.get(0).count("heapwhy.testdumps.scenarios.Churn$Garbage"),
                    "a live histogram holds no garbage");
        }
    }

    @Test
    void listenerAndThreadLocalLeakExactlyTheirPerStepCounts() throws IOException {
        List<JvmHistogram> listener = histograms(ScenarioDumps.produce(Scenario.LISTENER, Variant.DEFAULT));
        List<JvmHistogram> threadLocal = histograms(ScenarioDumps.produce(Scenario.THREAD_LOCAL, Variant.DEFAULT));
        for (int k = 0; k < 3; k++) {
            assertEquals(5_000L * (k + 1), listener.get(k).count("heapwhy.testdumps.scenarios.SessionListener"));
            assertEquals(5_000L * (k + 1), listener.get(k).count("heapwhy.testdumps.scenarios.Session"));
            assertEquals(8_000L * (k + 1), threadLocal.get(k).count("heapwhy.testdumps.scenarios.RequestContext"));
        }
    }

    @Test
    void twoLeaksGrowBy10000AuditEventsAnd500ThumbnailsPerStepWithCountAndBytesInReverseOrder() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.TWO_LEAKS, Variant.DEFAULT);
        assertEquals(3, set.dumps().size());
        for (Path d : set.dumps()) {
            assertTrue(d.getFileName().toString().startsWith("two_leaks-"), d::toString);
            assertArrayEquals(MAGIC, head(d), d::toString);
        }
        List<JvmHistogram> h = histograms(set);
        String event = "heapwhy.testdumps.scenarios.AuditEvent";
        String thumbnail = "heapwhy.testdumps.scenarios.Thumbnail";
        for (int k = 0; k < 3; k++) {
            assertEquals(10_000L * (k + 1), h.get(k).count(event));
            assertEquals(500L * (k + 1), h.get(k).count(thumbnail));
            assertEquals(24L * h.get(k).count(event), bytes(h.get(k), event), "an AuditEvent is 24 bytes");
        }
        for (int k = 1; k < 3; k++) {
            long eventBytes = bytes(h.get(k), event) - bytes(h.get(k - 1), event);
            long arrayBytes = bytes(h.get(k), "byte[]") - bytes(h.get(k - 1), "byte[]");
            assertEquals(240_000, eventBytes);
            assertTrue(arrayBytes > 10 * eventBytes,
                    () -> "500 pixel arrays of 8 KB outweigh 10,000 events: byte[] grew by " + arrayBytes);
        }
    }

    private static long bytes(JvmHistogram h, String javaName) {
        return h.rows().stream().filter(r -> r.javaName().equals(javaName)).mapToLong(JvmHistogram.Row::bytes).sum();
    }

    @Test
    void controlKeepsEveryApplicationClassCountEqualInAllThreeHistograms() throws IOException {
        List<JvmHistogram> h = histograms(ScenarioDumps.produce(Scenario.CONTROL, Variant.DEFAULT));
        Map<String, Long> first = applicationCounts(h.get(0));
        assertEquals(1000L, first.get("heapwhy.testdumps.scenarios.LruCache$Value"));
        assertEquals(first, applicationCounts(h.get(1)));
        assertEquals(first, applicationCounts(h.get(2)));
    }

    private static Map<String, Long> applicationCounts(JvmHistogram h) {
        Map<String, Long> m = new TreeMap<>();
        h.countsByName().forEach((name, count) -> {
            if (name.startsWith("heapwhy.testdumps")) {
                m.put(name, count);
            }
        });
        return m;
    }

    @Test
    void reusesACompleteSetWithoutRunningAgainAndRemakesAStaleOne(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("set");
        DumpSet first = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT, dir);
        FileTime written = Files.getLastModifiedTime(first.dumps().get(0));
        DumpSet again = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT, dir);
        assertEquals(first, again);
        assertEquals(written, Files.getLastModifiedTime(again.dumps().get(0)));

        Files.writeString(dir.resolve("complete"), "scenarioCodeVersion=0\n");
        DumpSet remade = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT, dir);
        assertEquals(first.dumps(), remade.dumps());
        assertTrue(Files.readString(dir.resolve("complete")).contains("scenario=STATIC_CACHE"));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(dir), s.toList(), "no temporary directories left beside the set");
        }
    }

    @Test
    void refusesToReplaceADirectoryWithForeignFiles(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertThrows(IOException.class, () -> ScenarioDumps.produce(Scenario.CONTROL, Variant.DEFAULT, dir));
        assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
    }
}
