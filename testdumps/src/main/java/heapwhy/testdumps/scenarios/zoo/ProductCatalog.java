package heapwhy.testdumps.scenarios.zoo;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rendered product pages, meant as an LRU cache. */
final class ProductCatalog {
    /** In access order like an LRU, but its eviction rule never evicts (the cap was left for later). */
    static final Map<String, ProductPage> PAGES = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProductPage> eldest) {
            return false;
        }
    };

    private ProductCatalog() {
    }

    static void cache(ProductPage page) {
        PAGES.put(page.sku(), page);
    }
}
