package heapwhy.testdumps.scenarios.zoo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Not a leak: the bounded twin of {@link ProductCatalog}, an LRU map that evicts beyond {@value #CAPACITY}
 * entries. The zoo fills it before the first dump, so it stays at its cap.
 */
final class RecentSearches {
    static final int CAPACITY = 500;
    static final Map<String, SearchResult> RESULTS = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SearchResult> eldest) {
            return size() > CAPACITY;
        }
    };

    private RecentSearches() {
    }

    static void remember(SearchResult result) {
        RESULTS.put(result.query(), result);
    }

    static SearchResult lookup(String query) {
        return RESULTS.get(query);
    }
}
