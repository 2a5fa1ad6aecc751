package heapwhy.testdumps;

/** The programs that produce real dumps with a known leak (or, for CONTROL, none). */
public enum Scenario {
    /** A class {@code MyCache} whose static map only grows. */
    STATIC_CACHE,
    /** Callbacks registered on a long-lived bus and never removed, each capturing a session. */
    LISTENER,
    /** Values set on pool threads' ThreadLocals and never removed. */
    THREAD_LOCAL,
    /** Heavy churn of short-lived garbage plus a capped LRU cache: nothing leaks. */
    CONTROL
}
