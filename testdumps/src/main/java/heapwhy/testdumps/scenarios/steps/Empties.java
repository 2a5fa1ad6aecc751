package heapwhy.testdumps.scenarios.steps;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.HashBiMap;
import com.google.common.collect.HashMultimap;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.LinkedHashMultimap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Queue;
import java.util.Stack;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;
import java.util.WeakHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;

/**
 * For the empty-collections inspection: per container of the JDK, Guava and Caffeine, one static field holding
 * it empty as made ({@code NEW_*}), one holding it emptied after use ({@code DRAINED_*}, where the structure
 * differs from new), and one holding one element ({@code FULL_*}), which must never be called empty.
 */
final class Empties {
    /** Each container, made by a supplier so that each field gets its own. */
    static final Map<String, java.util.function.Supplier<Object>> MAKERS = makers();

    static final Map<String, Object> NEW = new LinkedHashMap<>();
    static final Map<String, Object> DRAINED = new LinkedHashMap<>();
    static final Map<String, Object> FULL = new LinkedHashMap<>();

    static {
        MAKERS.forEach((name, maker) -> {
            NEW.put(name, maker.get());
            Object drained = maker.get();
            fill(drained);
            empty(drained);
            DRAINED.put(name, drained);
            Object full = maker.get();
            fill(full);
            FULL.put(name, full);
        });
    }

    private Empties() {
    }

    /** A DelayQueue's element whose delay never runs out while the JVM lives. */
    private static final class Later implements java.util.concurrent.Delayed {
        @Override
        public long getDelay(java.util.concurrent.TimeUnit unit) {
            return unit.convert(java.time.Duration.ofDays(1));
        }

        @Override
        public int compareTo(java.util.concurrent.Delayed other) {
            return 0;
        }
    }

    private static Map<String, java.util.function.Supplier<Object>> makers() {
        Map<String, java.util.function.Supplier<Object>> m = new LinkedHashMap<>();
        m.put("ArrayList", ArrayList::new);
        m.put("LinkedList", LinkedList::new);
        m.put("Vector", Vector::new);
        m.put("Stack", Stack::new);
        m.put("ArrayDeque", ArrayDeque::new);
        m.put("PriorityQueue", PriorityQueue::new);
        m.put("HashMap", HashMap::new);
        m.put("LinkedHashMap", LinkedHashMap::new);
        m.put("WeakHashMap", WeakHashMap::new);
        m.put("IdentityHashMap", IdentityHashMap::new);
        m.put("TreeMap", TreeMap::new);
        m.put("Hashtable", Hashtable::new);
        m.put("Properties", Properties::new);
        m.put("EnumMap", () -> new EnumMap<>(Markers.Slot.class));
        m.put("HashSet", HashSet::new);
        m.put("LinkedHashSet", LinkedHashSet::new);
        m.put("TreeSet", TreeSet::new);
        m.put("ConcurrentHashMap", ConcurrentHashMap::new);
        m.put("ConcurrentSkipListMap", ConcurrentSkipListMap::new);
        m.put("ConcurrentSkipListSet", ConcurrentSkipListSet::new);
        m.put("CopyOnWriteArrayList", CopyOnWriteArrayList::new);
        m.put("CopyOnWriteArraySet", CopyOnWriteArraySet::new);
        m.put("ConcurrentLinkedQueue", ConcurrentLinkedQueue::new);
        m.put("ConcurrentLinkedDeque", ConcurrentLinkedDeque::new);
        m.put("LinkedBlockingQueue", LinkedBlockingQueue::new);
        m.put("LinkedBlockingDeque", LinkedBlockingDeque::new);
        m.put("ArrayBlockingQueue", () -> new ArrayBlockingQueue<>(16));
        m.put("PriorityBlockingQueue", PriorityBlockingQueue::new);
        m.put("DelayQueue", DelayQueue::new);
        m.put("Guava ArrayListMultimap", ArrayListMultimap::create);
        m.put("Guava HashMultimap", HashMultimap::create);
        m.put("Guava LinkedHashMultimap", LinkedHashMultimap::create);
        m.put("Guava HashMultiset", HashMultiset::create);
        m.put("Guava HashBiMap", HashBiMap::create);
        m.put("Guava cache", () -> CacheBuilder.newBuilder().build());
        m.put("Caffeine cache", () -> Caffeine.newBuilder().build());
        m.put("Caffeine bounded cache", () -> Caffeine.newBuilder().maximumSize(100).build());
        return m;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(Object container) {
        if (container instanceof DelayQueue q) {
            q.add(new Later());
        } else if (container instanceof EnumMap m) {
            m.put(Markers.Slot.FIRST, "x");
        } else if (container instanceof Map m) {
            m.put("x", "y");
        } else if (container instanceof Collection c) {
            c.add("x");
        } else if (container instanceof com.google.common.collect.Multimap m) {
            m.put("x", "y");
        } else if (container instanceof com.google.common.cache.Cache c) {
            c.put("x", "y");
        } else if (container instanceof com.github.benmanes.caffeine.cache.Cache c) {
            c.put("x", "y");
            c.cleanUp();
        } else {
            throw new IllegalArgumentException(container.getClass().getName());
        }
    }

    @SuppressWarnings("rawtypes")
    private static void empty(Object container) {
        if (container instanceof DelayQueue q) {
            q.clear(); // its element's delay never runs out, so poll would leave it
        } else if (container instanceof Queue q) {
            while (q.poll() != null) {
                // drained through the queue's own removal, which leaves its nodes as a real consumer would
            }
        } else if (container instanceof Map m) {
            m.remove(m.keySet().iterator().next());
        } else if (container instanceof Collection c) {
            c.remove(c.iterator().next());
        } else if (container instanceof com.google.common.collect.Multimap m) {
            m.clear();
        } else if (container instanceof com.google.common.cache.Cache c) {
            c.invalidateAll();
            c.cleanUp();
        } else if (container instanceof com.github.benmanes.caffeine.cache.Cache c) {
            c.invalidateAll();
            c.cleanUp();
        }
    }
}
