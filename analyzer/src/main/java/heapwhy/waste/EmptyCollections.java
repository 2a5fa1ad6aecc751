package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.Map;

/**
 * Tells whether a JDK collection (or a subclass of one) holds nothing, reading the field its class keeps its
 * size in. A collection whose size cannot be told for sure (a ConcurrentHashMap with counter cells, a set whose
 * map is missing) is never said to be empty.
 */
final class EmptyCollections {
    /** How a collection class stores that it is empty. */
    private sealed interface Rule permits SizeField, SameFields, InnerMap, CounterCells {
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
            Map.entry("java.util.concurrent.ConcurrentHashMap", new CounterCells()));

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
        return value(node, "baseCount") == 0 && value(node, "counterCells") == 0;
    }

    /**
     * The field's value; of several with the name, the one of the class highest in the lineage (the JDK class,
     * not a subclass's own field of that name); Long.MIN_VALUE when there is none.
     */
    private long value(int node, String name) throws IOException {
        return fields.value(node, name);
    }
}
