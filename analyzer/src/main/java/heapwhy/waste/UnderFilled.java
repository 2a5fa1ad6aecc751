package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.Map;

/**
 * Tells how much of a JDK hash table's or array list's capacity is unused, reading the fields its class keeps
 * its array and size in. Below a quarter full is under-filled: growth alone never leaves a collection there (a
 * HashMap doubles at 3/4 full, so it is at least 3/8 full after a resize; an ArrayList grows by half, so at least
 * 2/3), so it was made too big or emptied. Empty collections are left to {@link EmptyCollections}; sets are
 * measured by the map they hold (HashSet's map is a HashMap of its own).
 */
final class UnderFilled {
    /** How a collection class keeps its array and its size. */
    private sealed interface Rule permits HashTable, ArrayBacked, Deque {
    }

    /** A hash table: each non-null slot of {@code table} is one bucket; waste is the null slots. */
    private record HashTable(String table, String size) implements Rule {
    }

    /** An array list: elements in slots 0..size-1 of {@code array}; waste is the slots beyond. */
    private record ArrayBacked(String array, String size) implements Rule {
    }

    /** ArrayDeque: a circular array of elements from head to tail. */
    private record Deque() implements Rule {
    }

    private static final Map<String, Rule> RULES = Map.of(
            "java.util.HashMap", new HashTable("table", "size"),
            "java.util.WeakHashMap", new HashTable("table", "size"),
            "java.util.Hashtable", new HashTable("table", "count"),
            "java.util.concurrent.ConcurrentHashMap", new HashTable("table", "baseCount"),
            "java.util.ArrayList", new ArrayBacked("elementData", "size"),
            "java.util.Vector", new ArrayBacked("elementData", "elementCount"),
            "java.util.ArrayDeque", new Deque());

    private final HeapIndex index;
    private final long referenceBytes;
    private final RulesByClass<Rule> rules;
    private final FieldValues fields;

    UnderFilled(HeapIndex index) {
        this.index = index;
        this.referenceBytes = index.facts().layout().referenceBytes();
        this.rules = new RulesByClass<>(index, RULES);
        this.fields = new FieldValues(index);
    }

    /** Whether objects of the class are collections this can measure. */
    boolean isMeasured(int classIndex) throws IOException {
        return rules.of(classIndex) != null;
    }

    /**
     * The collection's own array (the table, the elementData), or -1: whether or not the collection wastes, the
     * array is its business, not to be judged again as a plain array.
     */
    int ownArray(int node) throws IOException {
        Rule rule = rules.of(index.classIndex(node));
        if (rule == null) {
            return -1;
        }
        String arrayField = rule instanceof HashTable h ? h.table() : rule instanceof ArrayBacked a ? a.array()
                : "elements";
        long id = value(node, arrayField);
        int array = id == 0 || id == Long.MIN_VALUE ? -1 : fields.referenced(node, id);
        return array < 0 || index.isClass(array) ? -1 : array;
    }

    /**
     * The bytes the collection's unused slots take when it holds something and fills less than a quarter of
     * its array ({@link #ownArray}, not -1), else -1.
     */
    long wasted(int node, int array) throws IOException {
        Rule rule = rules.of(index.classIndex(node));
        int length = index.contents().arrayLength(array);
        long size;
        long unused;
        if (rule instanceof HashTable h) {
            if (h.size().equals("baseCount") && value(node, "counterCells") != 0) {
                return -1; // the size is spread over counter cells: not told for sure
            }
            size = value(node, h.size());
            unused = length - nonNullSlots(array);
        } else if (rule instanceof ArrayBacked a) {
            size = value(node, a.size());
            unused = length - size;
        } else {
            long head = value(node, "head");
            long tail = value(node, "tail");
            if (head == Long.MIN_VALUE || tail == Long.MIN_VALUE || length == 0) {
                return -1;
            }
            size = Math.floorMod(tail - head, (long) length);
            unused = length - size;
        }
        if (size <= 0 || size == Long.MIN_VALUE || size * 4 >= length || unused <= 0) {
            return -1;
        }
        return unused * referenceBytes;
    }

    /** The slots of a hash table that hold a bucket: each holds its own node, so its distinct targets. */
    private int nonNullSlots(int array) {
        int n = 0;
        for (int i = 0, count = index.outboundCount(array); i < count; i++) {
            if (!index.isClass(index.outboundTarget(array, i))) {
                n++;
            }
        }
        return n;
    }

    /** The field's value, of the class highest in the lineage; Long.MIN_VALUE when there is none. */
    private long value(int node, String name) throws IOException {
        return fields.value(node, name);
    }
}
