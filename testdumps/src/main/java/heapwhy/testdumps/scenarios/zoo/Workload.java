package heapwhy.testdumps.scenarios.zoo;

import heapwhy.testdumps.scenarios.zoo.ZooLeaks.Leak;
import java.net.URL;

/**
 * One step of the zoo's traffic: each leak gets exactly {@link Leak#perStep()} new instances of its type, each
 * with a {@link Leak#payloadBytes()} payload. Ids continue across steps and start high, so that boxed keys
 * are never the JVM's cached Longs and keys of one leak all have the same length.
 */
final class Workload {
    private static final long FIRST_ID = 1_000_000L;

    private final URL pluginCode;
    private final IngestWorker ingest;
    private final WorkerPool workers;

    Workload(URL pluginCode, IngestWorker ingest, WorkerPool workers) {
        this.pluginCode = pluginCode;
        this.ingest = ingest;
        this.workers = workers;
    }

    /** Makes every leak grow by its step's amount. */
    void grow(int step) throws Exception {
        Leak plugins = ZooLeaks.REDEPLOYED_PLUGINS;
        for (int i = 0; i < plugins.perStep(); i++) {
            PluginRegistry.redeploy(pluginCode, plugins.className(), plugins.payloadBytes());
        }
        Leak screens = ZooLeaks.SCREEN_LISTENERS;
        for (long id = first(screens, step); id < end(screens, step); id++) {
            new Screen(id, screens.payloadBytes()).show();
        }
        Leak reports = ZooLeaks.REPORT_QUEUE;
        for (long id = first(reports, step); id < end(reports, step); id++) {
            Reports.submit(new ReportTask(id, new byte[reports.payloadBytes()]));
        }
        Leak invoices = ZooLeaks.INVOICES;
        for (long id = first(invoices, step); id < end(invoices, step); id++) {
            InvoiceCache.put(new Invoice("INV-" + id, id % 97, new byte[invoices.payloadBytes()]));
        }
        Leak quotes = ZooLeaks.QUOTES;
        for (long id = first(quotes, step); id < end(quotes, step); id++) {
            QuoteCache.put(new Quote("Q" + id, new byte[quotes.payloadBytes()]));
        }
        journalRequests(step);
        Leak sessions = ZooLeaks.SESSIONS;
        for (long id = first(sessions, step); id < end(sessions, step); id++) {
            SessionRegistry.INSTANCE.login(new UserSession(id, id % 1000, new byte[sessions.payloadBytes()]));
        }
        ingest.ingest(ZooLeaks.INGESTED_CHUNKS.perStep(), ZooLeaks.INGESTED_CHUNKS.payloadBytes());
        Leak prices = ZooLeaks.PRICES;
        for (long id = first(prices, step); id < end(prices, step); id++) {
            PriceCache.put(new Price(id, new byte[prices.payloadBytes()]));
        }
        Leak uploads = ZooLeaks.UPLOAD_CALLBACKS;
        for (long id = first(uploads, step); id < end(uploads, step); id++) {
            Uploads.begin(new PendingUpload(id, new byte[uploads.payloadBytes()]));
        }
        Leak pages = ZooLeaks.PRODUCT_PAGES;
        for (long id = first(pages, step); id < end(pages, step); id++) {
            ProductCatalog.cache(new ProductPage("SKU-" + id, new byte[pages.payloadBytes()]));
        }
        Leak documents = ZooLeaks.INDEXED_DOCUMENTS;
        for (long id = first(documents, step); id < end(documents, step); id++) {
            DocumentIndex.index(new IndexedDocument(new DocumentKey(id), new byte[documents.payloadBytes()]));
        }
        Leak metrics = ZooLeaks.METRICS;
        for (long id = first(metrics, step); id < end(metrics, step); id++) {
            MetricRegistry.register(new Metric("http.latency.request-" + id, new byte[metrics.payloadBytes()]));
        }
        Leak outbox = ZooLeaks.OUTBOX;
        for (long id = first(outbox, step); id < end(outbox, step); id++) {
            Outbox.send(new OutgoingMessage(id, new byte[outbox.payloadBytes()]));
        }
        Leak spans = ZooLeaks.SPANS;
        for (long id = first(spans, step); id < end(spans, step); id++) {
            Tracing.start(new Request(id), new Span(id, new byte[spans.payloadBytes()]));
        }
        Leak clicks = ZooLeaks.CLICKS;
        for (long id = first(clicks, step); id < end(clicks, step); id++) {
            ClickLog.add(new ClickEvent(id, new byte[clicks.payloadBytes()]));
        }
        Leak trades = ZooLeaks.TRADE_EVENTS;
        for (long id = first(trades, step); id < end(trades, step); id++) {
            TradeJournal.append(new TradeEvent(id, new byte[trades.payloadBytes()]));
        }
        Leak payments = ZooLeaks.PAYMENT_RETRIES;
        for (long id = first(payments, step); id < end(payments, step); id++) {
            PaymentRetries.INSTANCE.failed(new FailedPayment(id, new byte[payments.payloadBytes()]));
        }
        Leak edits = ZooLeaks.UNDO_EDITS;
        for (long id = first(edits, step); id < end(edits, step); id++) {
            UndoHistory.record(new EditCommand(id, new byte[edits.payloadBytes()]));
        }
    }

    /** Each pool thread records an equal share of the step's requests in its own journal. */
    private void journalRequests(int step) throws InterruptedException {
        Leak journal = ZooLeaks.REQUEST_JOURNALS;
        int share = journal.perStep() / WorkerPool.THREADS;
        long first = first(journal, step);
        workers.onEachThread(thread -> {
            RequestJournal mine = RequestJournal.CURRENT.get();
            for (long id = first + (long) thread * share; id < first + (long) (thread + 1) * share; id++) {
                mine.record(new JournalEntry(id, new byte[journal.payloadBytes()]));
            }
        });
    }

    private static long first(Leak leak, int step) {
        return FIRST_ID + (step - 1L) * leak.perStep();
    }

    private static long end(Leak leak, int step) {
        return first(leak, step) + leak.perStep();
    }
}
