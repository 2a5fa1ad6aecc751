package heapwhy.sites;

import heapwhy.classes.ClassNames;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.scenarios.zoo.ZooLeaks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * `why` on the leak zoo: nineteen leak shapes real services have, in one JVM, each growing by its own amount,
 * beside bounded look-alikes. Every headline names the leaked application type and the field (or thread, or
 * frame) that holds its collection, with the collection's kind; the ranks are the zoo's; no look-alike shows.
 */
class WhyOnLeakZooTest {
    /** What each leak's headline says holds it, by the leaked type. */
    private static final Map<String, String> HOLDERS = Map.ofEntries(
            entry("ReportPlugin", "static PluginRegistry.PLUGINS (ArrayList)"),
            entry("Screen$ThemeWatcher", "static EventHub.LISTENERS (CopyOnWriteArrayList)"),
            entry("ReportTask", "static Reports.POOL → workQueue (LinkedBlockingQueue of a ThreadPoolExecutor)"),
            entry("Invoice", "static InvoiceCache.ENTRIES (HashMap)"),
            entry("Quote", "static QuoteCache.QUOTES (Guava cache)"),
            entry("JournalEntry", "the ThreadLocal RequestJournal.CURRENT of 3 threads (\"worker-1\", \"worker-2\", "
                    + "\"worker-3\")"),
            entry("UserSession", "SessionRegistry.sessions (ConcurrentHashMap)"),
            entry("Chunk", "a local variable of IngestWorker.run in thread \"ingest-worker\" (ArrayList)"),
            entry("Price", "static PriceCache.PRICES (Caffeine cache)"),
            entry("PendingUpload", "static Uploads.ON_COMPLETE (ArrayList)"),
            entry("ProductPage", "static ProductCatalog.PAGES (ProductCatalog$1, a LinkedHashMap)"),
            entry("IndexedDocument", "static DocumentIndex.BY_KEY (WeakHashMap)"),
            entry("Metric", "static MetricRegistry.METRICS (TreeMap)"),
            entry("OutgoingMessage", "static Outbox.PENDING (ConcurrentLinkedQueue)"),
            entry("Span", "static Tracing.ACTIVE_SPANS (IdentityHashMap)"),
            entry("ClickEvent", "static ClickLog.clicks (Object[])"),
            entry("TradeEvent", "static TradeJournal.EVENTS (ConcurrentSkipListMap)"),
            entry("FailedPayment", "PaymentRetries.backlog (ArrayDeque)"),
            entry("EditCommand", "static UndoHistory.EDITS (LinkedList)"));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "OTHER_JDK"})
    void everyLeakIsNamedByItsTypeAndHolderInItsRankAndNoLookalikeShows(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK on this machine");
        }
        WhyReport report = WhyOnScenarioDumpsTest.why(ScenarioDumps.produce(Scenario.LEAK_ZOO, variant),
                List.of(0, 1, 2), tmp, new SiteQuery(SiteQuery.defaults().minBytes(), 1, 100, 5));
        String text = WhyOnScenarioDumpsTest.text(report);
        assertEquals(ZooLeaks.LEAKS.size(), report.sites().size(), text);
        for (ZooLeaks.Leak leak : ZooLeaks.LEAKS) {
            GrowthSite site = report.sites().get(leak.rank() - 1);
            String headline = ClassNames.simpleName(site.className()) + " piles up in " + site.holder();
            assertEquals(leak.type() + " piles up in " + HOLDERS.get(leak.type()), headline,
                    "#" + leak.rank() + " (" + leak.shape() + ")\n" + text);
            assertEquals(List.of((long) leak.perStep(), 2L * leak.perStep(), 3L * leak.perStep()), site.counts(),
                    leak.shape() + "\n" + text);
        }
        for (GrowthSite site : report.sites()) {
            for (String lookalike : ZooLeaks.lookalikeClassNames()) {
                assertFalse(site.className().equals(lookalike) || site.holder().contains(ClassNames.simpleName(lookalike)),
                        lookalike + "\n" + text);
            }
        }
    }
}
