package heapwhy.testdumps.scenarios.zoo;

/**
 * Drives the bounded structures that look like leaks but are not: filled to their cap before the first dump,
 * then churned in every step, so their counts are the same in every dump.
 */
final class Lookalikes {
    private long searches;
    private long rates;

    /** Fills the LRU map and the bounded Caffeine cache well past their caps. */
    void fill() {
        for (int i = 0; i < 2 * RecentSearches.CAPACITY; i++) {
            remember();
        }
        for (int i = 0; i < 2 * ExchangeRates.MAXIMUM_SIZE; i++) {
            rate();
        }
        ExchangeRates.cleanUp();
    }

    /** Traffic through all of them: new entries evict old ones, buffers are borrowed and given back. */
    void churn() {
        for (int i = 0; i < 2_000; i++) {
            remember();
            RecentSearches.lookup("query-" + (searches - i % 300));
            rate();
            ExchangeRates.lookup("EUR/X" + (rates - i % 300));
            PooledBuffer b = BufferPool.borrow();
            PooledBuffer c = BufferPool.borrow();
            b.bytes[i % b.bytes.length] = (byte) i;
            c.length = i;
            BufferPool.giveBack(c);
            BufferPool.giveBack(b);
        }
    }

    /** Settles the caches before a snapshot; fails if any look-alike is not at its cap. */
    void settle() {
        ExchangeRates.cleanUp();
        if (RecentSearches.RESULTS.size() != RecentSearches.CAPACITY
                || ExchangeRates.size() != ExchangeRates.MAXIMUM_SIZE) {
            throw new IllegalStateException("look-alikes not at their caps: " + RecentSearches.RESULTS.size()
                    + " searches, " + ExchangeRates.size() + " rates");
        }
    }

    private void remember() {
        long n = searches++;
        RecentSearches.remember(new SearchResult("query-" + n, new byte[256]));
    }

    private void rate() {
        long n = rates++;
        ExchangeRates.put(new ExchangeRate("EUR/X" + n, new byte[256]));
    }
}
