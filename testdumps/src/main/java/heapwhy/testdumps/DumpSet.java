package heapwhy.testdumps;

import java.nio.file.Path;
import java.util.List;

/**
 * The dumps one scenario run produced, in the order taken, each with the JVM's own class histogram
 * (the text of {@code GC.class_histogram}) taken at the same moment.
 */
public record DumpSet(Scenario scenario, Variant variant, List<Path> dumps, List<Path> jvmHistograms,
                      String javaVersion) {
    public DumpSet {
        dumps = List.copyOf(dumps);
        jvmHistograms = List.copyOf(jvmHistograms);
    }
}
