package heapwhy.testdumps.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;

/** CONTROL's bounded cache: evicts the least recently used entry beyond {@link #CAPACITY}. */
final class LruCache extends LinkedHashMap<String, LruCache.Value> {
    static final int CAPACITY = 1000;
    private static final long serialVersionUID = 1L;

    /** A cached value. */
    static final class Value {
        final long key;
        final int[] payload;

        Value(long key) {
            this.key = key;
            // each payload its own content: the control plants no waste either (equal arrays would be duplicates)
            this.payload = new int[8];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = (int) (key * payload.length + i);
            }
        }
    }

    LruCache() {
        super(16, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Value> eldest) {
        return size() > CAPACITY;
    }
}
