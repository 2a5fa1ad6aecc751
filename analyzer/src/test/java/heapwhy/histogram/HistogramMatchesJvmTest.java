package heapwhy.histogram;

import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.JvmHistogram;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario dump, in every variant, against the class histogram the JVM itself printed at the same
 * moment. Application classes must match exactly (count and bytes). JDK classes may differ by the noise of
 * taking the histogram and then the dump (the JVM allocates a little in between): per class at most
 * {@value #JDK_COUNT_TOLERANCE} instances and {@value #JDK_BYTES_TOLERANCE} bytes, or 1 % when larger. A
 * non-live ({@code -all}) pair also keeps the garbage that taking the histogram made, and GC filler arrays:
 * there the bound is {@value #ALL_OBJECTS_COUNT_TOLERANCE} instances and {@value #ALL_OBJECTS_BYTES_TOLERANCE}
 * bytes per class, or 2 %; that bound also holds for every variant of a scenario that always dumps with {@code -all}
 * ({@link Scenario#dumpsAllObjects()}, WEAK_HOLDER), as it exceeds the gzip bound. A gzip dump is taken by launching {@code jcmd}, whose pipe buffers are live during
 * the dump: there {@value #GZIP_COUNT_TOLERANCE} instances and {@value #GZIP_BYTES_TOLERANCE} bytes. java.lang.Class is left out of the per-class check: with class data sharing the
 * JVM counts the archived mirrors of classes it has not loaded, which a heap dump does not contain. JDK 22+
 * histograms name GC fillers {@code jdk.internal.vm.FillerElement[]}; dumps write them as {@code int[]}.
 */
class HistogramMatchesJvmTest {
    static final int JDK_COUNT_TOLERANCE = 8;
    static final int JDK_BYTES_TOLERANCE = 1024;
    static final int GZIP_COUNT_TOLERANCE = 16;
    static final int GZIP_BYTES_TOLERANCE = 64 * 1024;
    static final int ALL_OBJECTS_COUNT_TOLERANCE = 64;
    static final int ALL_OBJECTS_BYTES_TOLERANCE = 128 * 1024;

    static Stream<Arguments> dumpSets() {
        List<Arguments> all = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            for (Variant v : s.variants()) {
                all.add(Arguments.of(s, v));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dumpSets")
    void histogramEqualsTheJvmsOwnClassHistogram(Scenario scenario, Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK on this machine");
        }
        DumpSet set = ScenarioDumps.produce(scenario, variant);
        for (int i = 0; i < set.dumps().size(); i++) {
            compare(set.dumps().get(i), JvmHistogram.read(set.jvmHistograms().get(i)),
                    scenario.dumpsAllObjects() ? Variant.ALL_OBJECTS : variant);
        }
    }

    private static void compare(Path dump, JvmHistogram jvm, Variant variant) throws IOException {
        int countTolerance = switch (variant) {
            case ALL_OBJECTS -> ALL_OBJECTS_COUNT_TOLERANCE;
            case GZIP -> GZIP_COUNT_TOLERANCE;
            default -> JDK_COUNT_TOLERANCE;
        };
        int bytesTolerance = switch (variant) {
            case ALL_OBJECTS -> ALL_OBJECTS_BYTES_TOLERANCE;
            case GZIP -> GZIP_BYTES_TOLERANCE;
            default -> JDK_BYTES_TOLERANCE;
        };
        int percent = variant == Variant.ALL_OBJECTS ? 50 : 100;
        ClassHistogram ours = Histograms.read(dump, ProgressListener.NONE);
        Map<String, long[]> theirs = new HashMap<>();
        for (JvmHistogram.Row row : jvm.rows()) {
            String name = row.javaName().equals("jdk.internal.vm.FillerElement[]") ? "int[]" : row.javaName();
            theirs.merge(name, new long[]{row.count(), row.bytes()}, HistogramMatchesJvmTest::add);
        }
        Map<String, long[]> mine = new HashMap<>();
        for (ClassEntry e : ours.classes()) {
            mine.merge(e.name(), new long[]{e.count(), e.shallowBytes()}, HistogramMatchesJvmTest::add);
        }
        TreeSet<String> names = new TreeSet<>(theirs.keySet());
        names.addAll(mine.keySet());
        List<String> problems = new ArrayList<>();
        int applicationClasses = 0;
        for (String name : names) {
            long[] t = theirs.getOrDefault(name, new long[2]);
            long[] m = mine.getOrDefault(name, new long[2]);
            if (name.startsWith("heapwhy.")) {
                applicationClasses++;
                if (t[0] != m[0] || t[1] != m[1]) {
                    problems.add("application class " + name + ": JVM " + t[0] + "/" + t[1] + " B, heapwhy " + m[0] + "/" + m[1] + " B");
                }
            } else if (!name.equals("java.lang.Class")) {
                long countDiff = Math.abs(t[0] - m[0]);
                long bytesDiff = Math.abs(t[1] - m[1]);
                if (countDiff > Math.max(countTolerance, t[0] / percent) || bytesDiff > Math.max(bytesTolerance, t[1] / percent)) {
                    problems.add("JDK class " + name + ": JVM " + t[0] + "/" + t[1] + " B, heapwhy " + m[0] + "/" + m[1] + " B");
                }
            }
        }
        assertTrue(applicationClasses >= 1, "expected the scenario's own classes in " + dump);
        assertEquals(List.of(), problems, dump + " (" + ours.layout().describe() + ")");
    }

    private static long[] add(long[] a, long[] b) {
        return new long[]{a[0] + b[0], a[1] + b[1]};
    }
}
