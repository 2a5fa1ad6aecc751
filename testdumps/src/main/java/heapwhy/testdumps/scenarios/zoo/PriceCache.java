package heapwhy.testdumps.scenarios.zoo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Prices by SKU, in a Caffeine cache built without maximumSize or expiry. */
final class PriceCache {
    static final Cache<Long, Price> PRICES = Caffeine.newBuilder().build();

    private PriceCache() {
    }

    static void put(Price price) {
        PRICES.put(price.sku(), price);
    }
}
