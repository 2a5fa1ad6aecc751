package heapwhy.testdumps;

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
    OTHER_JDK
}
