package heapwhy.testdumps.scenarios.steps;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.HashBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MapMaker;
import heapwhy.testdumps.scenarios.steps.Markers.Slot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.Stack;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;
import java.util.WeakHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
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
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.PriorityBlockingQueue;

/**
 * COLLECTION_STEPS: one static field per container the path steps recognise, each holding one instance of its
 * own {@link Markers} class. Maps hold it as the value of the key {@code "k"} (MAP_KEY as its key). Two
 * containers hold a string, {@code "first"}, in the slot before it, where a step could take the neighbour for
 * its key. Everything is made in the class initializer, so no thread's frame holds a marker when the dump is
 * taken.
 */
final class Holder {
    /** Orders the markers of sorted containers, which are not Comparable; one each, so any order does. */
    private static final Comparator<Object> ANY_ORDER = Comparator.comparing(o -> o.getClass().getName());
    /** The weak map's key, held strongly here so that the entry stays. */
    static final String WEAK_KEY = new String("k");

    static final Map<String, Object> HASH_MAP = map(new HashMap<>(), new Markers.InHashMap());
    static final Map<Object, String> MAP_KEY = new HashMap<>(Map.of(new Markers.InMapKey(), new String("v")));
    static final Map<String, Object> LINKED_HASH_MAP = map(new LinkedHashMap<>(), new Markers.InLinkedHashMap());
    static final Map<String, Object> HASHTABLE = map(new Hashtable<>(), new Markers.InHashtable());
    static final Map<String, Object> WEAK_HASH_MAP = new WeakHashMap<>(Map.of(WEAK_KEY, new Markers.InWeakHashMapValue()));
    static final Map<String, Object> IDENTITY_HASH_MAP = map(new IdentityHashMap<>(), new Markers.InIdentityHashMap());
    static final Map<String, Object> TREE_MAP = map(new TreeMap<>(), new Markers.InTreeMap());
    static final Map<Slot, Object> ENUM_MAP = new EnumMap<>(Map.of(Slot.FIRST, new Markers.InEnumMap()));
    static final Map<Slot, Object> ENUM_MAP_SECOND_SLOT = new EnumMap<>(Map.of(Slot.FIRST, new String("first"),
            Slot.SECOND, new Markers.InEnumMapSecondSlot()));
    static final Map<String, Object> CONCURRENT_HASH_MAP = map(new ConcurrentHashMap<>(), new Markers.InConcurrentHashMap());
    static final Map<String, Object> CONCURRENT_SKIP_LIST_MAP = map(new ConcurrentSkipListMap<>(),
            new Markers.InConcurrentSkipListMap());
    static final Map<String, Object> IMMUTABLE_MAP_N = Map.of(new String("k"), new Markers.InImmutableMapN(),
            new String("other"), new Object());

    static final Set<Object> HASH_SET = add(new HashSet<>(), new Markers.InHashSet());
    static final Set<Object> LINKED_HASH_SET = add(new LinkedHashSet<>(), new Markers.InLinkedHashSet());
    static final Set<Object> TREE_SET = add(new TreeSet<>(ANY_ORDER), new Markers.InTreeSet());
    static final Set<Object> CONCURRENT_SKIP_LIST_SET = add(new ConcurrentSkipListSet<>(ANY_ORDER),
            new Markers.InConcurrentSkipListSet());
    static final Set<Object> COPY_ON_WRITE_ARRAY_SET = add(new CopyOnWriteArraySet<>(), new Markers.InCopyOnWriteArraySet());
    static final Set<Object> COPY_ON_WRITE_ARRAY_SET_SECOND = add(add(new CopyOnWriteArraySet<>(), new String("first")),
            new Markers.InCopyOnWriteArraySetSecond());
    static final Set<Object> CONCURRENT_KEY_SET = add(ConcurrentHashMap.newKeySet(), new Markers.InConcurrentKeySet());
    static final Set<Object> IMMUTABLE_SET_N = Set.of(new Markers.InImmutableSetN(), new Object(), new Object());

    static final List<Object> ARRAY_LIST = add(new ArrayList<>(), new Markers.InArrayList());
    static final List<Object> VECTOR = add(new Vector<>(), new Markers.InVector());
    static final List<Object> STACK = add(new Stack<>(), new Markers.InStack());
    static final List<Object> LINKED_LIST = add(new LinkedList<>(), new Markers.InLinkedList());
    static final List<Object> COPY_ON_WRITE_ARRAY_LIST = add(new CopyOnWriteArrayList<>(), new Markers.InCopyOnWriteArrayList());
    static final List<Object> ARRAYS_AS_LIST = Arrays.asList(new Markers.InArraysAsList());
    static final List<Object> IMMUTABLE_LIST_N = List.of(new Markers.InImmutableListN(), new Object(), new Object());

    static final Queue<Object> ARRAY_DEQUE = add(new ArrayDeque<>(), new Markers.InArrayDeque());
    static final Queue<Object> LINKED_BLOCKING_DEQUE = add(new LinkedBlockingDeque<>(), new Markers.InLinkedBlockingDeque());
    static final Queue<Object> CONCURRENT_LINKED_DEQUE = add(new ConcurrentLinkedDeque<>(),
            new Markers.InConcurrentLinkedDeque());
    static final Queue<Object> PRIORITY_QUEUE = add(new PriorityQueue<>(ANY_ORDER), new Markers.InPriorityQueue());
    static final Queue<Object> LINKED_BLOCKING_QUEUE = add(new LinkedBlockingQueue<>(), new Markers.InLinkedBlockingQueue());
    static final Queue<Object> ARRAY_BLOCKING_QUEUE = add(new ArrayBlockingQueue<>(4), new Markers.InArrayBlockingQueue());
    static final Queue<Object> CONCURRENT_LINKED_QUEUE = add(new ConcurrentLinkedQueue<>(),
            new Markers.InConcurrentLinkedQueue());
    static final Queue<Object> LINKED_TRANSFER_QUEUE = add(new LinkedTransferQueue<>(), new Markers.InLinkedTransferQueue());
    static final Queue<Object> PRIORITY_BLOCKING_QUEUE = add(new PriorityBlockingQueue<>(4, ANY_ORDER),
            new Markers.InPriorityBlockingQueue());
    static final DelayQueue<Markers.InDelayQueue> DELAY_QUEUE = delayQueue();

    static final Map<String, Object> SYNCHRONIZED_MAP = Collections.synchronizedMap(
            map(new HashMap<>(), new Markers.InSynchronizedMap()));
    static final List<Object> UNMODIFIABLE_LIST = Collections.unmodifiableList(
            add(new ArrayList<>(), new Markers.InUnmodifiableList()));
    static final Set<Object> SYNCHRONIZED_SET = Collections.synchronizedSet(
            add(new HashSet<>(), new Markers.InSynchronizedSet()));
    static final Queue<Object> CHECKED_QUEUE = Collections.checkedQueue(
            add(new ArrayDeque<>(), new Markers.InCheckedQueue()), Object.class);

    static final com.google.common.cache.Cache<String, Object> GUAVA_CACHE = guavaCache();
    static final Map<String, Object> GUAVA_MAP_MAKER = map(new MapMaker().makeMap(), new Markers.InGuavaMapMaker());
    static final Map<String, Object> GUAVA_HASH_BI_MAP = map(HashBiMap.create(), new Markers.InGuavaHashBiMap());
    static final List<Object> GUAVA_IMMUTABLE_LIST = ImmutableList.of(new Object(), new Markers.InGuavaImmutableList());
    static final Map<String, Object> GUAVA_IMMUTABLE_MAP = ImmutableMap.of(new String("k"),
            new Markers.InGuavaImmutableMap(), new String("other"), new Object());
    static final ListMultimap<String, Object> GUAVA_MULTIMAP = multimap();
    static final Cache<String, Object> CAFFEINE_CACHE = caffeineCache(Caffeine.newBuilder(), new Markers.InCaffeineCache());
    static final Cache<String, Object> CAFFEINE_BOUNDED_CACHE = caffeineCache(Caffeine.newBuilder().maximumSize(100),
            new Markers.InCaffeineBoundedCache());
    static final AsyncCache<String, Object> CAFFEINE_ASYNC_CACHE = caffeineAsyncCache(Caffeine.newBuilder(),
            new Markers.InCaffeineAsyncCache());
    static final AsyncCache<String, Object> CAFFEINE_BOUNDED_ASYNC_CACHE = caffeineAsyncCache(
            Caffeine.newBuilder().maximumSize(100), new Markers.InCaffeineBoundedAsyncCache());

    private Holder() {
    }

    /** Puts the marker under a key of its own (not the interned literal, which the constant pool also holds). */
    private static <M extends Map<String, Object>> M map(M map, Object marker) {
        map.put(new String("k"), marker);
        return map;
    }

    private static <C extends Collection<Object>> C add(C collection, Object element) {
        collection.add(element);
        return collection;
    }

    private static DelayQueue<Markers.InDelayQueue> delayQueue() {
        DelayQueue<Markers.InDelayQueue> queue = new DelayQueue<>();
        queue.add(new Markers.InDelayQueue());
        return queue;
    }

    private static com.google.common.cache.Cache<String, Object> guavaCache() {
        com.google.common.cache.Cache<String, Object> cache = CacheBuilder.newBuilder().build();
        cache.put(new String("k"), new Markers.InGuavaCache());
        return cache;
    }

    private static ListMultimap<String, Object> multimap() {
        ListMultimap<String, Object> multimap = ArrayListMultimap.create();
        multimap.put(new String("k"), new Markers.InGuavaMultimap());
        return multimap;
    }

    /** Maintenance runs on the calling thread, so no pool thread is alive or busy when the dump is taken. */
    private static Cache<String, Object> caffeineCache(Caffeine<Object, Object> builder, Object marker) {
        Cache<String, Object> cache = builder.executor(Runnable::run).build();
        cache.put(new String("k"), marker);
        cache.cleanUp();
        return cache;
    }

    private static AsyncCache<String, Object> caffeineAsyncCache(Caffeine<Object, Object> builder, Object marker) {
        AsyncCache<String, Object> cache = builder.executor(Runnable::run).buildAsync();
        cache.put(new String("k"), CompletableFuture.completedFuture(marker));
        return cache;
    }

    /** Loads the class, which fills every field. */
    static int size() {
        return HASH_MAP.size();
    }
}
