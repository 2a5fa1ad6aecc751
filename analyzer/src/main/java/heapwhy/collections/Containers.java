package heapwhy.collections;

import heapwhy.classes.ClassNames;
import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The containers of the JDK and of well-known libraries, recognised by class and by superclass, so that a
 * subclass (an anonymous {@code LinkedHashMap} used as a cache, a {@code Stack}) is known for what it is. What
 * a container holds is reached through its insides: objects of its nested classes ({@code HashMap$Node},
 * {@code LinkedBlockingQueue$Node}), of its library's package (Guava's and Caffeine's caches), and the arrays
 * its fields hold. A path through them is one step to the user ({@code map["k"]}, {@code queue[…]}).
 *
 * <p>Per dump, each class is looked at once (its lineage read from the index) and remembered.
 */
public final class Containers {
    private static final String GUAVA_CACHE = "com.google.common.cache.";
    private static final String CAFFEINE = "com.github.benmanes.caffeine.cache.";
    private static final String GUAVA_IMMUTABLE_MAP = "com.google.common.collect.RegularImmutableMap";
    /** Guava's immutable maps hold entries of a top-level class, which no map class nests. */
    private static final String GUAVA_IMMUTABLE_MAP_ENTRY = "com.google.common.collect.ImmutableMapEntry";

    /** Known container classes; a class is a container when it or a superclass is listed. */
    private static final Map<String, ContainerKind> KNOWN = Map.ofEntries(
            Map.entry("java.util.HashMap", ContainerKind.MAP),
            Map.entry("java.util.LinkedHashMap", ContainerKind.MAP),
            Map.entry("java.util.Hashtable", ContainerKind.MAP),
            Map.entry("java.util.WeakHashMap", ContainerKind.MAP),
            Map.entry("java.util.IdentityHashMap", ContainerKind.MAP),
            Map.entry("java.util.TreeMap", ContainerKind.MAP),
            Map.entry("java.util.EnumMap", ContainerKind.MAP),
            Map.entry("java.util.concurrent.ConcurrentHashMap", ContainerKind.MAP),
            Map.entry("java.util.concurrent.ConcurrentSkipListMap", ContainerKind.MAP),
            Map.entry("java.util.ImmutableCollections$MapN", ContainerKind.MAP),
            Map.entry("java.util.HashSet", ContainerKind.SET),
            Map.entry("java.util.TreeSet", ContainerKind.SET),
            Map.entry("java.util.concurrent.ConcurrentSkipListSet", ContainerKind.SET),
            Map.entry("java.util.concurrent.CopyOnWriteArraySet", ContainerKind.SET),
            Map.entry("java.util.concurrent.ConcurrentHashMap$KeySetView", ContainerKind.SET),
            Map.entry("java.util.ImmutableCollections$SetN", ContainerKind.SET),
            Map.entry("java.util.ArrayList", ContainerKind.LIST),
            Map.entry("java.util.Vector", ContainerKind.LIST),
            Map.entry("java.util.LinkedList", ContainerKind.LIST),
            Map.entry("java.util.concurrent.CopyOnWriteArrayList", ContainerKind.LIST),
            Map.entry("java.util.Arrays$ArrayList", ContainerKind.LIST),
            Map.entry("java.util.ImmutableCollections$ListN", ContainerKind.LIST),
            Map.entry("java.util.ArrayDeque", ContainerKind.DEQUE),
            Map.entry("java.util.concurrent.LinkedBlockingDeque", ContainerKind.DEQUE),
            Map.entry("java.util.concurrent.ConcurrentLinkedDeque", ContainerKind.DEQUE),
            Map.entry("java.util.PriorityQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.LinkedBlockingQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.ArrayBlockingQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.ConcurrentLinkedQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.LinkedTransferQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.PriorityBlockingQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.DelayQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.SynchronousQueue", ContainerKind.QUEUE),
            Map.entry("java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue", ContainerKind.QUEUE),
            Map.entry(GUAVA_CACHE + "LocalCache", ContainerKind.CACHE),
            Map.entry(GUAVA_CACHE + "LocalCache$LocalManualCache", ContainerKind.CACHE),
            Map.entry("com.google.common.collect.AbstractMapBasedMultimap", ContainerKind.MAP),
            Map.entry("com.google.common.collect.MapMakerInternalMap", ContainerKind.MAP),
            Map.entry("com.google.common.collect.HashBiMap", ContainerKind.MAP),
            Map.entry("com.google.common.collect.RegularImmutableList", ContainerKind.LIST),
            Map.entry(GUAVA_IMMUTABLE_MAP, ContainerKind.MAP),
            Map.entry(CAFFEINE + "BoundedLocalCache", ContainerKind.CACHE),
            Map.entry(CAFFEINE + "UnboundedLocalCache", ContainerKind.CACHE),
            Map.entry(CAFFEINE + "BoundedLocalCache$BoundedLocalManualCache", ContainerKind.CACHE),
            Map.entry(CAFFEINE + "BoundedLocalCache$BoundedLocalAsyncCache", ContainerKind.CACHE),
            Map.entry(CAFFEINE + "UnboundedLocalCache$UnboundedLocalManualCache", ContainerKind.CACHE),
            Map.entry(CAFFEINE + "UnboundedLocalCache$UnboundedLocalAsyncCache", ContainerKind.CACHE));

    /** Names for people where the class's own name says little. */
    private static final Map<String, String> FRIENDLY = Map.of(
            GUAVA_CACHE + "LocalCache", "Guava cache",
            GUAVA_CACHE + "LocalCache$LocalManualCache", "Guava cache",
            CAFFEINE + "BoundedLocalCache", "Caffeine cache",
            CAFFEINE + "UnboundedLocalCache", "Caffeine cache",
            CAFFEINE + "BoundedLocalCache$BoundedLocalManualCache", "Caffeine cache",
            CAFFEINE + "BoundedLocalCache$BoundedLocalAsyncCache", "Caffeine async cache",
            CAFFEINE + "UnboundedLocalCache$UnboundedLocalManualCache", "Caffeine cache",
            CAFFEINE + "UnboundedLocalCache$UnboundedLocalAsyncCache", "Caffeine async cache");

    /**
     * The array wrapper of Guava's cache segments: part of a container's insides when a container or its
     * insides hold it, though no container's class nests it.
     */
    public static final String ATOMIC_ARRAY = "java.util.concurrent.atomic.AtomicReferenceArray";

    /** Wrappers that hold another container in a field ({@code Collections.synchronizedMap}, unmodifiable…). */
    private static final String COLLECTIONS_WRAPPER = "java.util.Collections$";

    private final HeapIndex index;
    private final Container[] byClass;
    private final boolean[] looked;

    public Containers(HeapIndex index) {
        this.index = index;
        this.byClass = new Container[index.classes().size()];
        this.looked = new boolean[byClass.length];
    }

    /** The container an object of this class is, or null when it is none. */
    public Container of(int classIndex) throws IOException {
        if (!looked[classIndex]) {
            byClass[classIndex] = find(index.contents().lineage(classIndex));
            looked[classIndex] = true;
        }
        return byClass[classIndex];
    }

    /** The container an object is, or null (also for class mirrors). */
    public Container ofNode(int node) throws IOException {
        return index.isClass(node) ? null : of(index.classIndex(node));
    }

    /** The container a class with this lineage (class first, then its superclasses) is, or null. */
    static Container find(List<String> lineage) {
        String own = lineage.get(0);
        String known = null;
        Set<String> insides = new LinkedHashSet<>();
        for (String name : lineage) {
            ContainerKind kind = KNOWN.get(name);
            if (kind == null) {
                continue;
            }
            if (known == null) {
                known = name;
            }
            insides.add(insidePrefix(name));
            if (name.equals(GUAVA_IMMUTABLE_MAP)) {
                insides.add(GUAVA_IMMUTABLE_MAP_ENTRY);
            }
        }
        if (known != null) {
            return new Container(own, known, KNOWN.get(known), new ArrayList<>(insides));
        }
        if (own.startsWith(COLLECTIONS_WRAPPER) && !own.endsWith("[]")) {
            return new Container(own, own, wrapperKind(own), List.of(own + "$"));
        }
        return null;
    }

    private static String insidePrefix(String known) {
        if (known.startsWith(GUAVA_CACHE)) {
            return GUAVA_CACHE;
        }
        if (known.startsWith(CAFFEINE)) {
            return CAFFEINE;
        }
        return known + "$";
    }

    private static ContainerKind wrapperKind(String name) {
        String simple = name.substring(COLLECTIONS_WRAPPER.length());
        if (simple.contains("Map")) {
            return ContainerKind.MAP;
        }
        if (simple.contains("Set")) {
            return ContainerKind.SET;
        }
        if (simple.contains("Queue")) {
            return ContainerKind.QUEUE;
        }
        return ContainerKind.LIST;
    }

    /**
     * A container class as people call it: "HashMap", "Guava cache", a nested class with its outer class
     * ("ConcurrentHashMap.KeySetView", "Collections.SynchronizedMap").
     */
    static String friendlyName(String className) {
        String friendly = FRIENDLY.get(className);
        if (friendly != null) {
            return friendly;
        }
        return ClassNames.simpleName(className).replace('$', '.');
    }

    /** Whether the class has a name for people of its own (a cache's), rather than its class name. */
    static boolean hasFriendlyName(String className) {
        return FRIENDLY.containsKey(className);
    }

    /**
     * Whether a class, by name alone, is part of some known container's insides ({@code HashMap$Node},
     * {@code LocalCache$StrongEntry}, {@code ConcurrentHashMap$Node[]}): never what a report should say piles up.
     */
    public static boolean isInsideAny(String className) {
        String element = className.endsWith("[]") ? className.substring(0, className.indexOf('[')) : className;
        if (element.startsWith(GUAVA_CACHE) || element.startsWith(CAFFEINE)
                || element.startsWith(GUAVA_IMMUTABLE_MAP_ENTRY)) {
            return true;
        }
        int dollar = element.indexOf('$');
        while (dollar > 0) {
            String outer = element.substring(0, dollar);
            if (KNOWN.containsKey(outer) || outer.equals("java.util.Collections")) {
                return true;
            }
            dollar = element.indexOf('$', dollar + 1);
        }
        return false;
    }
}
