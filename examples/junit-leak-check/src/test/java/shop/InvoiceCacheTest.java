package shop;

import heapwhy.junit.NoHeapGrowth;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails: every run keeps 1,000 more invoices in InvoiceCache.ENTRIES. */
class InvoiceCacheTest {
    @Test
    @NoHeapGrowth
    void rendersInvoices() {
        for (int i = 0; i < 1_000; i++) {
            assertTrue(InvoiceCache.render(5).startsWith("line 0"));
        }
    }
}
