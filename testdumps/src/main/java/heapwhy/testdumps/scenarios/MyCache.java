package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The STATIC_CACHE leak: a static map of per-tenant lists that only grows. */
public final class MyCache {
    static final Map<String, List<MyCache.Entry>> ENTRIES = new HashMap<>();

    private MyCache() {
    }

    /** One cached record; only primitive fields, so this type alone grows with the leak. */
    public static final class Entry {
        final long id;
        final long createdAt;
        final int size;
        final byte flags;

        Entry(long id, long createdAt, int size, byte flags) {
            this.id = id;
            this.createdAt = createdAt;
            this.size = size;
            this.flags = flags;
        }
    }

    static void add(String tenant, Entry entry) {
        List<Entry> list = ENTRIES.get(tenant);
        if (list == null) {
            list = new ArrayList<>();
            ENTRIES.put(tenant, list);
        }
        list.add(entry);
    }
}
