package heapwhy.testdumps.scenarios.zoo;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/** Quotes by symbol, in a Guava cache built without a size bound or expiry. */
final class QuoteCache {
    static final Cache<String, Quote> QUOTES = CacheBuilder.newBuilder().build();

    private QuoteCache() {
    }

    static void put(Quote quote) {
        QUOTES.put(quote.symbol(), quote);
    }
}
