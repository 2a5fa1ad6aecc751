package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench series' file names and cache handling, without making it: every case here is decided before a child
 * JVM would start (the series itself is far too big for {@code mvn verify}).
 */
class BenchSeriesTest {
    @Test
    void reusesACompleteSetWithoutRunningAndListsItsThreeDumpsInOrder(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("bench-series");
        Files.createDirectories(dir);
        for (int k = 1; k <= 3; k++) {
            Files.writeString(dir.resolve("bench-" + k + ".hprof"), "JAVA PROFILE 1.0.2");
            Files.writeString(dir.resolve("bench-" + k + ".histo.txt"), "Total 1 16\n");
        }
        Files.writeString(dir.resolve("run.properties"), "java.version=17.0.99\n");
        Files.writeString(dir.resolve(CachedDir.MARKER), BenchSeries.key(ChildJvm.currentJavaHome()));

        BenchSeries s = BenchSeries.produce(dir);
        assertEquals(List.of(dir.resolve("bench-1.hprof"), dir.resolve("bench-2.hprof"), dir.resolve("bench-3.hprof")),
                s.dumps());
        assertEquals(List.of(dir.resolve("bench-1.histo.txt"), dir.resolve("bench-2.histo.txt"),
                dir.resolve("bench-3.histo.txt")), s.jvmHistograms());
        assertEquals("17.0.99", s.javaVersion());
    }

    @Test
    void keyNamesTheSeriesAndBothCodeVersions() throws IOException {
        String key = BenchSeries.key(ChildJvm.currentJavaHome());
        assertTrue(key.startsWith("bench-series\n"), key);
        assertTrue(key.contains("\nbenchCodeVersion=" + BenchDump.BENCH_CODE_VERSION + "\n"), key);
        assertTrue(key.contains("\nseriesCodeVersion=" + BenchSeries.SERIES_CODE_VERSION + "\n"), key);
    }

    @Test
    void refusesToReplaceADirectoryWithForeignFiles(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bench.hprof"), "the single bench dump is not part of the series");
        assertThrows(IOException.class, () -> BenchSeries.produce(dir));
        try (var listing = Files.list(tmp)) {
            assertEquals(List.of(dir), listing.toList(), "nothing made beside it");
        }
    }

    @Test
    void ownsOnlyItsOwnFileNamesAndLivesInBenchSeries() {
        for (String name : List.of("complete", "child.log", "run.properties", "bench-1.hprof", "bench-3.histo.txt")) {
            assertTrue(BenchSeries.isOurFile(name), name);
        }
        for (String name : List.of("bench.hprof", "bench-4.hprof", "bench-1.hprof.gz", "notes.txt")) {
            assertFalse(BenchSeries.isOurFile(name), name);
        }
        assertEquals("bench-series", BenchSeries.defaultDir().getFileName().toString());
    }
}
