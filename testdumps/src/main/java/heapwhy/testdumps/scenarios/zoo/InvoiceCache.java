package heapwhy.testdumps.scenarios.zoo;

import java.util.HashMap;
import java.util.Map;

/** Rendered invoices kept for re-download. Nothing ever removes one: the textbook static-map leak. */
final class InvoiceCache {
    static final Map<String, Invoice> ENTRIES = new HashMap<>();

    private InvoiceCache() {
    }

    static void put(Invoice invoice) {
        ENTRIES.put(invoice.number(), invoice);
    }
}
