package heapwhy.hprof;

import heapwhy.histogram.ClassHistogram;
import heapwhy.histogram.Histograms;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.synthetic.HprofTags;
import heapwhy.testdumps.synthetic.RecordMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real HotSpot dump cut at many offsets and with single bytes flipped at many positions: every read must end
 * quickly in a histogram or in an {@link HprofException} naming the file and the byte, never in another
 * exception, an Error or a hang. All failures are collected so one run reports them all.
 */
class RealDumpRobustnessTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    /** Runs per plain-dump test; raise with -Dheapwhy.robustness.runs=N for a longer sweep. */
    private static final int PLAIN_RUNS = Integer.getInteger("heapwhy.robustness.runs", 200);
    private static final int GZIP_RUNS = Math.max(50, PLAIN_RUNS / 4);

    @TempDir
    Path dir;

    private int fileNumber;
    private int histograms;
    private int rejections;

    private static byte[] firstDump(Variant variant) throws IOException {
        return Files.readAllBytes(ScenarioDumps.produce(Scenario.STATIC_CACHE, variant).dumps().get(0));
    }

    /** Offsets over the whole file: structural ones (header, UTF8 area, record headers) and seeded random ones. */
    private static int[] offsets(byte[] dump, int count, long seed, boolean structural) {
        TreeSet<Integer> at = new TreeSet<>();
        if (structural) {
            for (int o : new int[]{0, 1, 5, 12, 13, 17, 18, 19, 21, 22, 23, 27, 30}) {
                at.add(o);
            }
            RecordMap map = RecordMap.scan(dump);
            List<RecordMap.Entry> records = map.records();
            List<RecordMap.Entry> segments = new ArrayList<>();
            for (RecordMap.Entry e : records) {
                if (e.tag() == HprofTags.HEAP_DUMP_SEGMENT || e.tag() == HprofTags.HEAP_DUMP
                        || e.tag() == HprofTags.HEAP_DUMP_END) {
                    segments.add(e);
                }
            }
            // the first few records (UTF8 area), a LOAD_CLASS, and every heap record's header
            for (int i = 0; i < Math.min(6, records.size()); i++) {
                addRecordHeader(at, records.get(i));
            }
            records.stream().filter(e -> e.tag() == HprofTags.LOAD_CLASS).findFirst()
                    .ifPresent(e -> addRecordHeader(at, e));
            for (RecordMap.Entry e : segments) {
                addRecordHeader(at, e);
                at.add((int) e.offset() + HprofTags.RECORD_HEADER_SIZE + 1); // the first sub-record's id
            }
            at.add(dump.length - 1);
            at.removeIf(o -> o >= dump.length);
        }
        Random r = new Random(seed);
        while (at.size() < count) {
            at.add(r.nextInt(dump.length));
        }
        return at.stream().mapToInt(Integer::intValue).limit(count).toArray();
    }

    private static void addRecordHeader(TreeSet<Integer> at, RecordMap.Entry e) {
        int o = (int) e.offset();
        at.add(o); // tag
        at.add(o + 2); // time
        at.add(o + 5); // length, high byte
        at.add(o + 8); // length, low byte
        at.add(o + HprofTags.RECORD_HEADER_SIZE); // first body byte
    }

    /** Writes bytes[0, length) to a new file and reads it; describes what went wrong, or returns null. */
    private String check(byte[] bytes, int length, String what) throws IOException {
        Path file = dir.resolve("damaged-" + (fileNumber++) + ".hprof");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, length);
        }
        try {
            return assertTimeoutPreemptively(BOUND, () -> {
                try {
                    ClassHistogram h = Histograms.read(file, ProgressListener.NONE);
                    histograms++;
                    return h == null ? what + ": null histogram" : null;
                } catch (HprofException e) {
                    String m = e.getMessage();
                    rejections++;
                    return m != null && m.contains(file.toString()) && m.contains("at byte ") ? null
                            : what + ": badly worded HprofException: " + m;
                } catch (Throwable t) {
                    StackTraceElement[] st = t.getStackTrace();
                    return what + ": " + t + (st.length > 0 ? " at " + st[0] : "")
                            + (st.length > 1 ? " / " + st[1] : "");
                }
            });
        } catch (AssertionFailedError timeout) {
            return what + ": " + timeout.getMessage();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void report(List<String> failures, int runs) {
        assertTrue(failures.isEmpty(), failures.size() + " of " + runs + " damaged dumps failed:\n"
                + String.join("\n", failures));
        // both reactions must have happened, or the damage was not varied enough to test anything
        assertTrue(histograms > 0 && rejections > 0, histograms + " histograms, " + rejections + " rejections");
    }

    @Test
    void truncatedRealDumpEndsInAResultOrAnHprofException() throws IOException {
        byte[] dump = firstDump(Variant.DEFAULT);
        int[] cuts = offsets(dump, PLAIN_RUNS, 1, true);
        assertEquals(PLAIN_RUNS, cuts.length);
        List<String> failures = new ArrayList<>();
        for (int cut : cuts) {
            String f = check(dump, cut, "cut at " + cut);
            if (f != null) {
                failures.add(f);
            }
        }
        report(failures, cuts.length);
    }

    @Test
    void realDumpWithAFlippedByteEndsInAResultOrAnHprofException() throws IOException {
        byte[] dump = firstDump(Variant.DEFAULT);
        int[] positions = offsets(dump, PLAIN_RUNS, 2, true);
        List<String> failures = new ArrayList<>();
        for (int p : positions) {
            dump[p] ^= (byte) 0xFF;
            try {
                String f = check(dump, dump.length, "byte " + p + " flipped");
                if (f != null) {
                    failures.add(f);
                }
            } finally {
                dump[p] ^= (byte) 0xFF;
            }
        }
        report(failures, positions.length);
    }

    @Test
    void truncatedRealGzipDumpEndsInAResultOrAnHprofException() throws IOException {
        byte[] gz = firstDump(Variant.GZIP);
        int[] cuts = offsets(gz, GZIP_RUNS, 3, false);
        List<String> failures = new ArrayList<>();
        for (int cut : new int[]{1, 2, 5, 10, 20, 40}) {
            String f = check(gz, cut, "gzip cut at " + cut);
            if (f != null) {
                failures.add(f);
            }
        }
        for (int cut : cuts) {
            String f = check(gz, cut, "gzip cut at " + cut);
            if (f != null) {
                failures.add(f);
            }
        }
        report(failures, cuts.length + 6);
    }

    @Test
    void realGzipDumpWithAFlippedByteEndsInAResultOrAnHprofException() throws IOException {
        byte[] gz = firstDump(Variant.GZIP);
        int[] positions = offsets(gz, GZIP_RUNS, 4, false);
        List<String> failures = new ArrayList<>();
        for (int p : concat(new int[]{0, 1, 2, 3, 4, 9, 10, 12, 20, 30}, positions)) {
            gz[p] ^= (byte) 0xFF;
            try {
                String f = check(gz, gz.length, "gzip byte " + p + " flipped");
                if (f != null) {
                    failures.add(f);
                }
            } finally {
                gz[p] ^= (byte) 0xFF;
            }
        }
        report(failures, positions.length + 10);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
