package heapwhy.testdumps.scenarios.zoo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What LEAK_ZOO leaks, and what it holds without leaking: the table tests assert against, and the one
 * {@link LeakZoo} reads its counts and sizes from, so the two cannot disagree.
 *
 * <p>Each leak's growth is almost all {@code byte[]} payload (93 to 99.9 %), whose size does not depend on
 * the heap layout, so the ranking holds on JDK 17 and 25, with or without compressed oops or class pointers.
 * Retained growth between dump 1 and dump 3, measured with heapwhy's dominator tree (retained size of the
 * lowest common dominator of the leak's instances: its collection, or for REQUEST_JOURNALS the three
 * threads) on JDK 17 with compressed oops, and the ratio to the next rank:
 * <pre>
 * rank type                 per step x payload   growth d1-&gt;d3  ratio
 *  1   ReportPlugin           1 x 2_831_360     5_669_776     1.200  (plus ~3.5 KB per loader)
 *  2   Screen$ThemeWatcher   36 x    65_536     4_723_488     1.207  (the payload is the outer Screen's)
 *  3   ReportTask           119 x    16_384     3_914_624     1.205
 *  4   Invoice              195 x     8_192     3_249_968     1.199
 *  5   Quote                109 x    12_288     2_709_712     1.198
 *  6   JournalEntry         273 x     4_096     2_261_328     1.196  (91 per worker thread)
 *  7   UserSession          151 x     6_144     1_889_968     1.208
 *  8   Chunk                 95 x     8_192     1_565_104     1.194
 *  9   Price                156 x     4_096     1_310_976     1.208
 * 10   PendingUpload         33 x    16_384     1_085_344     1.197  (one capturing lambda each)
 * 11   ProductPage          107 x     4_096       906_672     1.198
 * 12   IndexedDocument      119 x     3_072       756_912     1.203  (and its DocumentKey)
 * 13   Metric               143 x     2_048       629_200     1.200
 * 14   OutgoingMessage       63 x     4_096       524_160     1.199
 * 15   Span                 103 x     2_048       437_120     1.198  (and its Request key)
 * 16   ClickEvent            87 x     2_048       364_848     1.197
 * 17   TradeEvent            71 x     2_048       304_752     1.193
 * 18   FailedPayment         61 x     2_048       255_440     1.209
 * 19   EditCommand           50 x     2_048       211_200
 * </pre>
 * With {@code -XX:-UseCompressedOops}, {@code -XX:-UseCompressedClassPointers} and on JDK 25 the ratios stay
 * between 1.187 and 1.214, and every leak grows by at least 105_600 bytes in each interval. The step between
 * ranks is a factor 1.2 rather than more because nineteen leaks, the smallest growing 100 KB a step, would
 * need the largest to grow 1.4^18 x 100 KB = 43 MB a step at a factor 1.4; at 1.2 the third dump is 57 MB.
 * The counts make up for the shapes' different per-entry overheads, so {@link Leak#payloadPerStep()} alone
 * does not reproduce the ranking exactly.
 */
public final class ZooLeaks {
    /** Package of the zoo's application classes. */
    public static final String PACKAGE = "heapwhy.testdumps.scenarios.zoo";
    /** Snapshots (dumps and histograms) the zoo takes. */
    public static final int STEPS = 3;

    /**
     * One leak of the zoo.
     *
     * @param shape        what kind of leak it is, in a few words
     * @param type         the leaked application type: its class name without the package (a nested class keeps
     *                     its outer class: {@code Screen$ThemeWatcher})
     * @param className    the type's binary name, as the JVM's class histogram prints it
     * @param holder       what holds the leak, as a person names it
     * @param collection   the class name without package of the object {@code holder} names, the one that grows
     * @param perStep      instances of {@code type} added per step: dump {@code k} holds {@code k * perStep}
     * @param payloadBytes length of the {@code byte[]} each instance holds (for ReportPlugin: of the static cache
     *                     of each loaded copy of the class), the bulk of the leak's growth
     * @param rank         1 for the most retained growth between dump 1 and dump 3, up to {@link #LEAKS}' size
     */
    public record Leak(String shape, String type, String className, String holder, String collection,
                       int perStep, int payloadBytes, int rank) {
        /** Payload bytes the leak adds per step. */
        public long payloadPerStep() {
            return (long) perStep * payloadBytes;
        }
    }

    /**
     * Something that looks like a leak but does not grow: the same {@code count} of {@code className} in every
     * dump.
     *
     * @param shape           what kind of structure it is
     * @param type            the held application type, its class name without the package
     * @param className       the held type's binary name
     * @param holder          what holds it, as a person names it
     * @param holderClassName binary name of the class whose field holds it
     * @param count           instances of {@code className} in each dump
     */
    public record Lookalike(String shape, String type, String className, String holder, String holderClassName,
                            int count) {
    }

    public static final Leak REDEPLOYED_PLUGINS = leak("class loader kept by an old plugin instance",
            "plugin.ReportPlugin", "static PluginRegistry.PLUGINS", "ArrayList", 1, 2_831_360, 1);
    public static final Leak SCREEN_LISTENERS = leak("inner-class listener holding its outer object",
            "Screen$ThemeWatcher", "static EventHub.LISTENERS", "CopyOnWriteArrayList", 36, 65_536, 2);
    public static final Leak REPORT_QUEUE = leak("unbounded executor queue behind a blocked worker",
            "ReportTask", "static Reports.POOL → workQueue", "LinkedBlockingQueue", 119, 16_384, 3);
    public static final Leak INVOICES = leak("static HashMap",
            "Invoice", "static InvoiceCache.ENTRIES", "HashMap", 195, 8_192, 4);
    public static final Leak QUOTES = leak("unbounded Guava cache",
            "Quote", "static QuoteCache.QUOTES", "LocalCache$LocalManualCache", 109, 12_288, 5);
    public static final Leak REQUEST_JOURNALS = leak("ThreadLocal values on pool threads",
            "JournalEntry", "threadLocal RequestJournal.CURRENT on worker-1..3 → entries", "ArrayList", 273, 4_096,
            6);
    public static final Leak SESSIONS = leak("ConcurrentHashMap in a singleton",
            "UserSession", "SessionRegistry.sessions", "ConcurrentHashMap", 151, 6_144, 7);
    public static final Leak INGESTED_CHUNKS = leak("local variable of a parked thread",
            "Chunk", "thread ingest-worker, IngestWorker.run() local chunks", "ArrayList", 95, 8_192, 8);
    public static final Leak PRICES = leak("unbounded Caffeine cache",
            "Price", "static PriceCache.PRICES", "UnboundedLocalCache$UnboundedLocalManualCache", 156, 4_096, 9);
    public static final Leak UPLOAD_CALLBACKS = leak("lambdas capturing state in a callback list",
            "PendingUpload", "static Uploads.ON_COMPLETE", "ArrayList", 33, 16_384, 10);
    public static final Leak PRODUCT_PAGES = leak("LinkedHashMap cache whose removeEldestEntry never evicts",
            "ProductPage", "static ProductCatalog.PAGES", "ProductCatalog$1", 107, 4_096, 11);
    public static final Leak INDEXED_DOCUMENTS = leak("WeakHashMap whose values hold their keys",
            "IndexedDocument", "static DocumentIndex.BY_KEY", "WeakHashMap", 119, 3_072, 12);
    public static final Leak METRICS = leak("static TreeMap",
            "Metric", "static MetricRegistry.METRICS", "TreeMap", 143, 2_048, 13);
    public static final Leak OUTBOX = leak("hand-made work queue behind a blocked consumer",
            "OutgoingMessage", "static Outbox.PENDING", "ConcurrentLinkedQueue", 63, 4_096, 14);
    public static final Leak SPANS = leak("static IdentityHashMap",
            "Span", "static Tracing.ACTIVE_SPANS", "IdentityHashMap", 103, 2_048, 15);
    public static final Leak CLICKS = leak("hand-grown Object[]",
            "ClickEvent", "static ClickLog.clicks", "Object[]", 87, 2_048, 16);
    public static final Leak TRADE_EVENTS = leak("static ConcurrentSkipListMap",
            "TradeEvent", "static TradeJournal.EVENTS", "ConcurrentSkipListMap", 71, 2_048, 17);
    public static final Leak PAYMENT_RETRIES = leak("ArrayDeque in a singleton",
            "FailedPayment", "PaymentRetries.backlog", "ArrayDeque", 61, 2_048, 18);
    public static final Leak UNDO_EDITS = leak("static LinkedList",
            "EditCommand", "static UndoHistory.EDITS", "LinkedList", 50, 2_048, 19);

    /** Every leak, by rank. */
    public static final List<Leak> LEAKS = byRank(REDEPLOYED_PLUGINS, SCREEN_LISTENERS, REPORT_QUEUE, INVOICES,
            QUOTES, REQUEST_JOURNALS, SESSIONS, INGESTED_CHUNKS, PRICES, UPLOAD_CALLBACKS, PRODUCT_PAGES,
            INDEXED_DOCUMENTS, METRICS, OUTBOX, SPANS, CLICKS, TRADE_EVENTS, PAYMENT_RETRIES, UNDO_EDITS);

    public static final Lookalike RECENT_SEARCHES = new Lookalike("LRU LinkedHashMap at its cap",
            "SearchResult", PACKAGE + ".SearchResult", "static RecentSearches.RESULTS",
            PACKAGE + ".RecentSearches", RecentSearches.CAPACITY);
    public static final Lookalike EXCHANGE_RATES = new Lookalike("Caffeine cache with maximumSize at its cap",
            "ExchangeRate", PACKAGE + ".ExchangeRate", "static ExchangeRates.RATES",
            PACKAGE + ".ExchangeRates", ExchangeRates.MAXIMUM_SIZE);
    public static final Lookalike BUFFER_POOL = new Lookalike("object pool of reused buffers",
            "PooledBuffer", PACKAGE + ".PooledBuffer", "static BufferPool.FREE",
            PACKAGE + ".BufferPool", BufferPool.BUFFERS);
    public static final Lookalike CHURN = new Lookalike("short-lived garbage",
            "Churn$Garbage", "heapwhy.testdumps.scenarios.Churn$Garbage", "nothing (unreachable)",
            "heapwhy.testdumps.scenarios.Churn", 0);

    /** The bounded look-alikes: none of them may show up as a leak. */
    public static final List<Lookalike> LOOKALIKES = List.of(RECENT_SEARCHES, EXCHANGE_RATES, BUFFER_POOL, CHURN);

    private ZooLeaks() {
    }

    /**
     * Binary names of the look-alikes' held types and holder classes (and of RecentSearches' anonymous map
     * class): classes that must not appear among the leaks.
     */
    public static List<String> lookalikeClassNames() {
        List<String> names = new ArrayList<>();
        for (Lookalike l : LOOKALIKES) {
            names.add(l.className());
            names.add(l.holderClassName());
        }
        names.add(PACKAGE + ".RecentSearches$1");
        return List.copyOf(names);
    }

    private static Leak leak(String shape, String relativeName, String holder, String collection, int perStep,
                             int payloadBytes, int rank) {
        String type = relativeName.substring(relativeName.lastIndexOf('.') + 1);
        return new Leak(shape, type, PACKAGE + "." + relativeName, holder, collection, perStep, payloadBytes, rank);
    }

    private static List<Leak> byRank(Leak... leaks) {
        return List.of(leaks).stream().sorted(Comparator.comparingInt(Leak::rank)).toList();
    }
}
