package heapwhy.testdumps;

import java.util.Locale;

/** The programs that produce real dumps with a known leak (or, for CONTROL, none). */
public enum Scenario {
    /** A class {@code MyCache} whose static map only grows. */
    STATIC_CACHE,
    /** Callbacks registered on a long-lived bus and never removed, each capturing a session. */
    LISTENER,
    /** Values set on pool threads' ThreadLocals and never removed. */
    THREAD_LOCAL,
    /** Heavy churn of short-lived garbage plus a capped LRU cache: nothing leaks. */
    CONTROL;

    /** The program's main class, run in a child JVM. */
    public String mainClass() {
        return "heapwhy.testdumps.scenarios." + switch (this) {
            case STATIC_CACHE -> "StaticCacheScenario";
            case LISTENER -> "ListenerScenario";
            case THREAD_LOCAL -> "ThreadLocalScenario";
            case CONTROL -> "ControlScenario";
        };
    }

    /** Prefix of the files it writes: {@code <prefix>-<k>.hprof}, {@code <prefix>-<k>.histo.txt}. */
    public String filePrefix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many dumps (and histograms) one run takes. */
    public int steps() {
        return 3;
    }
}
