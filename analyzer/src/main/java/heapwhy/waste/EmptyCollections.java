package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Tells whether a collection of the JDK, Guava or Caffeine (or a subclass of one) holds nothing, reading the
 * field its class keeps its size in, or the structure that shows it. A collection whose size cannot be told for
 * sure (a ConcurrentHashMap with counter cells, a set whose map is missing, a concurrent queue whose head has
 * moved on) is never said to be empty.
 */
final class EmptyCollections {
    /** How a collection class stores that it is empty. */
    private sealed interface Rule permits SizeField, SameFields, InnerMap, CounterCells, EmptyArray, AtomicSize,
            NullsAtEnd, NoLiveNode, EmptySegments {
    }

    /** Empty when an int field is 0. */
    private record SizeField(String field) implements Rule {
    }

    /** Empty when two int fields are equal (ArrayDeque's head and tail). */
    private record SameFields(String first, String second) implements Rule {
    }

    /**
     * Empty when the map a field holds is (HashSet's map, TreeSet's m; JDK 9+ Properties' map, whose Hashtable
     * count stays 0); without that field, when the {@code fallback} int field is 0 (JDK 8 Properties' count).
     */
    private record InnerMap(String field, String fallback) implements Rule {
    }

    /** ConcurrentHashMap: baseCount 0 and no counter cells. */
    private record CounterCells() implements Rule {
    }

    /** Empty when a field holds an array of length 0 (CopyOnWriteArrayList's array). */
    private record EmptyArray(String field) implements Rule {
    }

    /** Empty when the AtomicInteger a field holds is 0 (LinkedBlockingQueue's count). */
    private record AtomicSize(String field) implements Rule {
    }

    /**
     * Empty when following {@code path} from the collection meets a null, or ends at a node whose {@code nulls}
     * fields are all null: a linked queue's head that holds no item and links to nothing, a skip list whose head
     * (made on first use) links to no node.
     */
    private record NullsAtEnd(List<String> path, List<String> nulls) implements Rule {
    }

    /**
     * Empty when no node linked from the {@code head} field by {@code next} holds an item, within a few hops: a
     * concurrent linked queue or deque, whose drained nodes keep their links (or link to themselves, or to a
     * terminator that links to itself) until the next insert moves the head.
     */
    private record NoLiveNode(String head, String item, String next) implements Rule {
        static final int MAX_HOPS = 16;
    }

    /** Empty when every segment of the array a field holds counts 0 (Guava's LocalCache). */
    private record EmptySegments(String field, String count) implements Rule {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("java.util.ArrayList", new SizeField("size")),
            Map.entry("java.util.LinkedList", new SizeField("size")),
            Map.entry("java.util.Vector", new SizeField("elementCount")),
            Map.entry("java.util.HashMap", new SizeField("size")),
            Map.entry("java.util.WeakHashMap", new SizeField("size")),
            Map.entry("java.util.IdentityHashMap", new SizeField("size")),
            Map.entry("java.util.TreeMap", new SizeField("size")),
            Map.entry("java.util.Hashtable", new SizeField("count")),
            Map.entry("java.util.PriorityQueue", new SizeField("size")),
            Map.entry("java.util.ArrayDeque", new SameFields("head", "tail")),
            Map.entry("java.util.HashSet", new InnerMap("map", null)),
            Map.entry("java.util.TreeSet", new InnerMap("m", null)),
            Map.entry("java.util.Properties", new InnerMap("map", "count")),
            Map.entry("java.util.concurrent.ConcurrentHashMap", new CounterCells()),
            Map.entry("java.util.EnumMap", new SizeField("size")),
            Map.entry("java.util.concurrent.CopyOnWriteArrayList", new EmptyArray("array")),
            Map.entry("java.util.concurrent.CopyOnWriteArraySet", new InnerMap("al", null)),
            Map.entry("java.util.concurrent.ConcurrentLinkedQueue", new NoLiveNode("head", "item", "next")),
            Map.entry("java.util.concurrent.ConcurrentLinkedDeque", new NoLiveNode("head", "item", "next")),
            Map.entry("java.util.concurrent.ConcurrentSkipListMap", new NullsAtEnd(List.of("head", "node"), List.of("next"))),
            Map.entry("java.util.concurrent.ConcurrentSkipListSet", new InnerMap("m", null)),
            Map.entry("java.util.concurrent.LinkedBlockingQueue", new AtomicSize("count")),
            Map.entry("java.util.concurrent.LinkedBlockingDeque", new SizeField("count")),
            Map.entry("java.util.concurrent.ArrayBlockingQueue", new SizeField("count")),
            Map.entry("java.util.concurrent.PriorityBlockingQueue", new SizeField("size")),
            Map.entry("java.util.concurrent.DelayQueue", new InnerMap("q", null)),
            Map.entry("com.google.common.collect.AbstractMapBasedMultimap", new SizeField("totalSize")),
            Map.entry("com.google.common.collect.AbstractMapBasedMultiset", new SizeField("size")),
            Map.entry("com.google.common.collect.HashBiMap", new SizeField("size")),
            Map.entry("com.google.common.cache.LocalCache", new EmptySegments("segments", "count")),
            Map.entry("com.google.common.cache.LocalCache$LocalManualCache", new InnerMap("localCache", null)),
            Map.entry("com.github.benmanes.caffeine.cache.BoundedLocalCache", new InnerMap("data", null)),
            Map.entry("com.github.benmanes.caffeine.cache.UnboundedLocalCache", new InnerMap("data", null)),
            Map.entry("com.github.benmanes.caffeine.cache.BoundedLocalCache$BoundedLocalManualCache",
                    new InnerMap("cache", null)),
            Map.entry("com.github.benmanes.caffeine.cache.UnboundedLocalCache$UnboundedLocalManualCache",
                    new InnerMap("cache", null)));

    private final HeapIndex index;
    private final RulesByClass<Rule> rules;
    private final FieldValues fields;

    EmptyCollections(HeapIndex index) {
        this.index = index;
        this.rules = new RulesByClass<>(index, RULES);
        this.fields = new FieldValues(index);
    }

    /** Whether objects of the class are collections this inspection can size. */
    boolean isCollection(int classIndex) throws IOException {
        return rules.of(classIndex) != null;
    }

    /** Whether the collection node holds nothing; false for nodes that are no collection this knows. */
    boolean isEmpty(int node) throws IOException {
        return isEmpty(node, 0);
    }

    private boolean isEmpty(int node, int depth) throws IOException {
        if (node < 0 || index.isClass(node) || depth > 2) {
            return false;
        }
        Rule rule = rules.of(index.classIndex(node));
        if (rule == null) {
            return false;
        }
        if (rule instanceof SizeField r) {
            return value(node, r.field()) == 0;
        }
        if (rule instanceof SameFields r) {
            long first = value(node, r.first());
            return first != Long.MIN_VALUE && first == value(node, r.second());
        }
        if (rule instanceof InnerMap r) {
            long map = value(node, r.field());
            if (map == Long.MIN_VALUE && r.fallback() != null) {
                return value(node, r.fallback()) == 0;
            }
            return map != 0 && map != Long.MIN_VALUE && isEmpty(fields.referenced(node, map), depth + 1);
        }
        if (rule instanceof EmptyArray r) {
            int array = object(node, r.field());
            return array >= 0 && index.contents().arrayLength(array) == 0;
        }
        if (rule instanceof AtomicSize r) {
            int count = object(node, r.field());
            return count >= 0 && value(count, "value") == 0;
        }
        if (rule instanceof NullsAtEnd r) {
            return nullsAtEnd(node, r);
        }
        if (rule instanceof NoLiveNode r) {
            return noLiveNode(node, r);
        }
        if (rule instanceof EmptySegments r) {
            return emptySegments(node, r);
        }
        return value(node, "baseCount") == 0 && value(node, "counterCells") == 0;
    }

    private boolean nullsAtEnd(int node, NullsAtEnd rule) throws IOException {
        int at = node;
        for (String step : rule.path()) {
            long next = value(at, step);
            if (next == 0) {
                return true;
            }
            at = next == FieldValues.NONE ? -1 : object(at, next);
            if (at < 0) {
                return false;
            }
        }
        for (String name : rule.nulls()) {
            if (value(at, name) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean noLiveNode(int node, NoLiveNode rule) throws IOException {
        int holder = node;
        long id = value(node, rule.head());
        for (int hop = 0; hop < NoLiveNode.MAX_HOPS; hop++) {
            if (id == 0) {
                return true;
            }
            int at = id == FieldValues.NONE ? -1 : object(holder, id);
            if (at < 0) {
                return false;
            }
            long item = value(at, rule.item());
            long next = value(at, rule.next());
            if (item != 0 || next == FieldValues.NONE) {
                return false;
            }
            if (next == id) {
                return true; // linked to itself: off the list, the end of what is left
            }
            holder = at;
            id = next;
        }
        return false;
    }

    private boolean emptySegments(int node, EmptySegments rule) throws IOException {
        int segments = object(node, rule.field());
        if (segments < 0) {
            return false;
        }
        for (long id : index.contents().elementIds(segments)) {
            int segment = id == 0 ? -1 : object(segments, id);
            if (segment < 0 || value(segment, rule.count()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The object the holder's reference field of that name holds; -1 when it is null, missing or unknown. */
    private int object(int holder, String field) throws IOException {
        long id = value(holder, field);
        return id == 0 || id == FieldValues.NONE ? -1 : object(holder, id);
    }

    /** The object of that id among what the holder refers to; -1 when it is none. */
    private int object(int holder, long id) {
        int node = fields.referenced(holder, id);
        return node == HeapIndex.NOT_FOUND ? -1 : node;
    }

    /**
     * The field's value; of several with the name, the one of the class highest in the lineage (the JDK class,
     * not a subclass's own field of that name); Long.MIN_VALUE when there is none.
     */
    private long value(int node, String name) throws IOException {
        return fields.value(node, name);
    }
}
