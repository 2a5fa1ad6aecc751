package heapwhy.testdumps.scenarios.zoo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Not a leak: the bounded twin of {@link PriceCache}, a Caffeine cache with {@code maximumSize}. It does its
 * maintenance on the calling thread, not on the common pool, so that no pool thread is busy at a snapshot
 * and {@link #cleanUp()} leaves it at exactly its cap.
 */
final class ExchangeRates {
    static final int MAXIMUM_SIZE = 500;
    static final Cache<String, ExchangeRate> RATES = Caffeine.newBuilder()
            .maximumSize(MAXIMUM_SIZE)
            .executor(Runnable::run)
            .build();

    private ExchangeRates() {
    }

    static void put(ExchangeRate rate) {
        RATES.put(rate.pair(), rate);
    }

    static ExchangeRate lookup(String pair) {
        return RATES.getIfPresent(pair);
    }

    /** Runs pending evictions, so the cache holds exactly its cap. */
    static void cleanUp() {
        RATES.cleanUp();
    }

    static long size() {
        return RATES.estimatedSize();
    }
}
