package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;
import heapwhy.hprof.Compression;
import heapwhy.hprof.DumpInfo;
import heapwhy.layout.HeapLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hand-made histograms and fake environments for the command tests. */
public final class Fixtures {
    static final HeapLayout LAYOUT = new HeapLayout(12, 4, 8, new int[12], "assumed");

    private Fixtures() {
    }

    public static ClassEntry entry(String name, long count, long bytes) {
        return new ClassEntry(name, null, false, count, bytes);
    }

    public static ClassHistogram histogram(Path file, List<ClassEntry> classes, String... warnings) {
        return new ClassHistogram(new DumpInfo(file, 1_234_567, Compression.NONE, "JAVA PROFILE 1.0.2", 8, 0L),
                LAYOUT, classes, List.of(warnings));
    }

    /** A small histogram: four classes of distinct sizes and counts. */
    public static ClassHistogram sample(Path file) {
        return histogram(file, List.of(
                entry("byte[]", 100, 50_000),
                entry("java.lang.String", 2_000, 48_000),
                entry("com.example.MyCache$Entry", 5_000, 120_000),
                entry("java.util.HashMap$Node", 300, 9_600)));
    }

    /** An environment whose histogram reader answers from a map, for files that exist. */
    public static CommandEnvironment environment(Map<Path, ClassHistogram> histograms) {
        return CommandEnvironment.real().withHistograms((dump, progress) -> {
            ClassHistogram histogram = histograms.get(dump);
            if (histogram == null) {
                throw new IllegalStateException("no fake histogram for " + dump);
            }
            return histogram;
        }).withScenarios((scenario, variant, dir) -> {
            throw new IllegalStateException("no scenario in this test");
        });
    }

    public static Path file(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "JAVA PROFILE 1.0.2 (fake)");
        return file;
    }
}
