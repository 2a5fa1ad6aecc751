package heapwhy.testdumps;

import java.util.List;
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
    CONTROL,
    /**
     * Objects reachable only through {@code WeakReference}s ({@code WeaklyHeld}) or only through
     * {@code SoftReference}s ({@code SoftlyHeld}), beside strongly held ones ({@code StronglyHeld}). One dump,
     * always taken with {@code -all} (see {@link #dumpsAllObjects()}).
     */
    WEAK_HOLDER,
    /** A static map whose keys (and its values' {@code name} fields) are strings hostile to label rendering. */
    HOSTILE_STRINGS,
    /** Over a million objects, 100_000 of one class {@code Target} held through three structures. One dump. */
    PATHS_BENCH,
    /**
     * Two static leaks whose order by instance count is the reverse of their order by bytes: each step adds
     * 10_000 small {@code AuditEvent} (about 240 KB) to {@code AuditTrail.EVENTS} and 500 {@code Thumbnail}, each
     * with its own 8 KB {@code byte[]} (about 4 MB), to {@code ImageCache.THUMBNAILS}.
     */
    TWO_LEAKS,
    /**
     * A zoo of nineteen leaks in one JVM, each a shape real services leak through (static and singleton maps,
     * a never-evicting LinkedHashMap, sorted, identity, weak and concurrent maps, executor and hand-made work
     * queues, deques and lists, a hand-grown array, inner-class and lambda listeners, a parked thread's local
     * variable, ThreadLocals on pool threads, redeployed plugin class loaders, unbounded Guava and Caffeine
     * caches), beside bounded look-alikes that do not grow (an LRU map and a size-bounded Caffeine cache at
     * their caps, an object pool, churn). Each step adds a known number of instances per leak, with payloads
     * sized so that the leaks' order by retained growth is known: see
     * {@link heapwhy.testdumps.scenarios.zoo.ZooLeaks}.
     */
    LEAK_ZOO,
    /**
     * One static field per container that path steps recognise ({@code map["k"]}, {@code set[…]}, {@code list[0]},
     * {@code queue[…]}, {@code deque[…]}, {@code cache["k"]}), each holding one instance of a marker class of its
     * own: see {@link heapwhy.testdumps.scenarios.steps.Holder}; and, for the empty-collections inspection, each
     * container of the JDK, Guava and Caffeine new, drained and with one element ({@code steps.Empties}). One
     * dump, DEFAULT variant only.
     */
    COLLECTION_STEPS,
    /**
     * Memory waste that is not a leak, each kind held by one field of a class of its own: duplicate strings
     * (with and without a shared value array), duplicate primitive arrays, empty and under-filled collections,
     * mostly-null arrays, boxed longs, zero-length arrays and objects that are mostly header, in counts that
     * give exact expected figures: see {@link heapwhy.testdumps.scenarios.waste.WasteExpectations}. One dump.
     */
    WASTE,
    /**
     * Memory waste that grows from dump to dump, each kind held by one field: invoices' duplicate currency
     * strings, baskets' empty ArrayLists and a meter's boxed Longs, plus regions' duplicate codes made once, which
     * do not grow: see {@link heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations}. DEFAULT variant only.
     */
    WASTE_GROWTH;

    /** The program's main class, run in a child JVM. */
    public String mainClass() {
        return "heapwhy.testdumps.scenarios." + switch (this) {
            case STATIC_CACHE -> "StaticCacheScenario";
            case LISTENER -> "ListenerScenario";
            case THREAD_LOCAL -> "ThreadLocalScenario";
            case CONTROL -> "ControlScenario";
            case WEAK_HOLDER -> "WeakHolderScenario";
            case HOSTILE_STRINGS -> "HostileStringsScenario";
            case PATHS_BENCH -> "PathsBenchScenario";
            case TWO_LEAKS -> "TwoLeaksScenario";
            case LEAK_ZOO -> "zoo.LeakZoo";
            case COLLECTION_STEPS -> "steps.CollectionSteps";
            case WASTE -> "waste.WasteScenario";
            case WASTE_GROWTH -> "waste.WasteGrowthScenario";
        };
    }

    /** Prefix of the files it writes: {@code <prefix>-<k>.hprof}, {@code <prefix>-<k>.histo.txt}. */
    public String filePrefix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many dumps (and histograms) one run takes. */
    public int steps() {
        return switch (this) {
            case STATIC_CACHE, LISTENER, THREAD_LOCAL, CONTROL, TWO_LEAKS, LEAK_ZOO, WASTE_GROWTH -> 3;
            case WEAK_HOLDER, HOSTILE_STRINGS, PATHS_BENCH, COLLECTION_STEPS, WASTE -> 1;
        };
    }

    /**
     * The variants worth making: every one, except for COLLECTION_STEPS, whose path steps do not depend on
     * how the JVM lays out objects or writes the dump, so its other variants would only cost test time, and
     * WASTE, whose figures depend on the layout (both flags, and JDK 17 against 25) but not on how the dump is
     * written, nor on garbage (an {@code -all} dump would only add churn to compare); and WASTE_GROWTH,
     * whose figures rest on the same layouts that WASTE's variants check.
     */
    public List<Variant> variants() {
        return switch (this) {
            case COLLECTION_STEPS, WASTE_GROWTH -> List.of(Variant.DEFAULT);
            case WASTE -> List.of(Variant.DEFAULT, Variant.NO_COMPRESSED_OOPS, Variant.NO_COMPRESSED_CLASS_POINTERS,
                    Variant.OTHER_JDK);
            default -> List.of(Variant.values());
        };
    }

    /** Maximum heap of the scenario's JVM. */
    public String heap() {
        return this == PATHS_BENCH ? "-Xmx512m" : ScenarioDumps.HEAP;
    }

    /**
     * True if every dump (and histogram) of this scenario is taken with {@code -all}, whatever the variant, so
     * that {@link Variant#ALL_OBJECTS} adds nothing: WEAK_HOLDER, whose weakly reachable objects a live dump's
     * full GC would clear. Such a pair holds the garbage that taking the histogram made, as an ALL_OBJECTS
     * pair does.
     */
    public boolean dumpsAllObjects() {
        return this == WEAK_HOLDER;
    }
}
