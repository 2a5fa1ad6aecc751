package heapwhy.testdumps.scenarios;

/**
 * CONTROL: heavy churn and a full, capped LRU cache; the count of every application type is the same in
 * all three dumps.
 */
public final class ControlScenario {
    static final LruCache CACHE = new LruCache();

    private ControlScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("control", args);
        snapshots.writeRunProperties();
        long next = 0;
        for (; next < 3 * LruCache.CAPACITY; next++) {
            put(next);
        }
        for (int step = 1; step <= 3; step++) {
            for (int i = 0; i < 5_000; i++, next++) {
                put(next);
                CACHE.get("key-" + (next - i % 500));
            }
            Churn.run(1_000_000);
            if (CACHE.size() != LruCache.CAPACITY) {
                throw new IllegalStateException("LRU cache not full: " + CACHE.size());
            }
            snapshots.take(step);
        }
    }

    private static void put(long key) {
        CACHE.put("key-" + key, new LruCache.Value(key));
    }
}
