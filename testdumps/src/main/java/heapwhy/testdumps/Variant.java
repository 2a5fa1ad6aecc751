package heapwhy.testdumps;

import java.util.List;

/** How a scenario's JVM runs and how its dumps are taken. */
public enum Variant {
    DEFAULT,
    NO_COMPRESSED_OOPS,
    NO_COMPRESSED_CLASS_POINTERS,
    /** {@code GC.heap_dump -gz=1}: chunked gzip. */
    GZIP,
    /** {@code GC.heap_dump -all}: not live, contains garbage; the JVM histogram is taken with -all too. */
    ALL_OBJECTS,
    /** The scenario on another JDK found under /usr/lib/jvm (e.g. 25); unavailable when there is none. */
    OTHER_JDK;

    /** JVM flags this variant adds to the child's command line. */
    public List<String> jvmFlags() {
        return switch (this) {
            case NO_COMPRESSED_OOPS -> List.of("-XX:-UseCompressedOops");
            case NO_COMPRESSED_CLASS_POINTERS -> List.of("-XX:-UseCompressedClassPointers");
            default -> List.of();
        };
    }

    /** Options passed to the scenario program after its output directory. */
    public List<String> scenarioOptions() {
        return switch (this) {
            case GZIP -> List.of("--gz");
            case ALL_OBJECTS -> List.of("--all");
            default -> List.of();
        };
    }

    /** File name suffix of the dumps. */
    public String dumpSuffix() {
        return this == GZIP ? ".hprof.gz" : ".hprof";
    }
}
