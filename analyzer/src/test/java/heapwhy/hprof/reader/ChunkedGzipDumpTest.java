package heapwhy.hprof.reader;

import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random access into .hprof.gz files written by the JVM itself ({@code GC.heap_dump -gz}). */
class ChunkedGzipDumpTest {
    static Path dump;
    static byte[] inflated;

    @BeforeAll
    static void produce() throws IOException {
        DumpSet set = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.GZIP);
        dump = set.dumps().get(set.dumps().size() - 1);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump), 1 << 16)) {
            inflated = in.readAllBytes();
        }
    }

    @Test
    void jvmWrittenDumpIsChunkedAndItsIndexMatchesAFullInflation() throws IOException {
        assertTrue(ChunkedGzip.isChunked(dump), dump + " should carry the HPROF BLOCKSIZE comment");
        try (ChunkedGzip gz = ChunkedGzip.open(dump)) {
            assertFalse(gz.truncated());
            assertEquals(inflated.length, gz.length());
            assertEquals((inflated.length + (1 << 20) - 1) >> 20, gz.memberCount(), "1 MiB members");
            byte[] head = new byte[18];
            assertEquals(18, gz.read(0, head, 0, 18));
            assertEquals("JAVA PROFILE 1.0.2", new String(head, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void randomReadsEqualTheFullyInflatedDump() throws IOException {
        try (ChunkedGzip gz = ChunkedGzip.open(dump)) {
            Random r = new Random(1234);
            byte[] buf = new byte[70_000];
            for (int i = 0; i < 1000; i++) {
                long pos = (long) (r.nextDouble() * (inflated.length + 1));
                int len = 1 + r.nextInt(i % 20 == 0 ? buf.length : 600);
                int n = gz.read(pos, buf, 0, len);
                int want = (int) Math.min(len, inflated.length - pos);
                if (want == 0) {
                    assertEquals(-1, n);
                    continue;
                }
                assertEquals(want, n, "at " + pos);
                assertArrayEquals(Arrays.copyOfRange(inflated, (int) pos, (int) pos + want),
                        Arrays.copyOf(buf, n), "at " + pos);
            }
            for (long m = 1L << 20; m < inflated.length; m += 1L << 20) { // across every member boundary
                int n = gz.read(m - 5, buf, 0, 10);
                assertArrayEquals(Arrays.copyOfRange(inflated, (int) m - 5, (int) m - 5 + n), Arrays.copyOf(buf, n));
            }
            assertArrayEquals(inflated, gz.streamFrom(0).readAllBytes());
        }
    }

    /** Not a timed assertion: prints index-building and read speeds for the record. */
    @Test
    void indexBuildingAndReadSpeedArePrinted() throws IOException {
        long compressed = Files.size(dump);
        ChunkedGzip.open(dump).close(); // warm up
        long t0 = System.nanoTime();
        int rounds = 5;
        for (int i = 0; i < rounds; i++) {
            ChunkedGzip.open(dump).close();
        }
        double indexSec = (System.nanoTime() - t0) / 1e9 / rounds;
        try (ChunkedGzip gz = ChunkedGzip.open(dump)) {
            Random r = new Random(99);
            byte[] buf = new byte[64];
            int reads = 2000;
            long t1 = System.nanoTime();
            for (int i = 0; i < reads; i++) {
                gz.read((long) (r.nextDouble() * (gz.length() - 64)), buf, 0, 64);
            }
            double randomSec = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            for (int i = 0; i < reads * 100; i++) { // nearby: within one 256 KiB window, mostly cached
                gz.read(5_000_000L % gz.length() / 2 + r.nextInt(256 << 10), buf, 0, 64);
            }
            double nearSec = (System.nanoTime() - t2) / 1e9;
            byte[] big = new byte[1 << 16];
            long t3 = System.nanoTime();
            long total = 0;
            for (long p = 0; p < gz.length(); p += big.length) {
                total += gz.read(p, big, 0, big.length);
            }
            double seqSec = (System.nanoTime() - t3) / 1e9;
            System.out.printf("ChunkedGzip on %s: %.1f MB compressed, %.1f MB uncompressed, %d members%n",
                    dump.getFileName(), compressed / 1e6, gz.length() / 1e6, gz.memberCount());
            System.out.printf("  index: %.1f ms (%.0f MB/s compressed, %.0f MB/s uncompressed)%n", indexSec * 1e3,
                    compressed / 1e6 / indexSec, gz.length() / 1e6 / indexSec);
            System.out.printf("  random 64-byte reads over the whole dump: %.0f reads/s (%.2f ms each)%n",
                    reads / randomSec, randomSec * 1e3 / reads);
            System.out.printf("  nearby 64-byte reads (cached members): %.0f reads/s%n", reads * 100 / nearSec);
            System.out.printf("  sequential 64 KiB reads: %.0f MB/s uncompressed (%d bytes)%n",
                    total / 1e6 / seqSec, total);
        }
    }
}
