package heapwhy.paths.walk;

import heapwhy.classes.ClassNames;
import heapwhy.graph.ClassShape;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.store.LongIntMap;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain label of one edge holder→held: the instance field's name ("next"), {@code static Owner.FIELD} for
 * a class's static, {@code [i]} for an array element, and {@code <class>}, {@code <super>},
 * {@code <classloader>} for the edges the graph adds between objects and classes. Each holder's fields are
 * read once and kept for the last few thousand holders.
 */
public final class EdgeLabels {
    private static final int CACHED_HOLDERS = 4096;
    /** Arrays longer than this are searched element by element for each label instead of read into a map. */
    private static final int BIG_ARRAY = 100_000;

    private final HeapIndex index;
    /** Per holder node: the label of each reference, by the object id it holds. */
    private final Map<Integer, Map<Long, String>> byHolder = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Long, String>> eldest) {
            return size() > CACHED_HOLDERS;
        }
    };

    /** Arrays longer than this are searched for each label; shorter big ones get a map of their elements. */
    private static final int INDEXED_ARRAY = 1 << 22;
    private static final int INDEXED_ARRAYS = 4;
    /** For the last few big arrays labelled: each element's id to its first position (about 24 bytes an element while read). */
    private final Map<Integer, LongIntMap> bigArrays = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, LongIntMap> eldest) {
            return size() > INDEXED_ARRAYS;
        }
    };

    public EdgeLabels(HeapIndex index) {
        this.index = index;
    }

    /** How {@code holder} refers to {@code held}; {@code <reference>} when no field of it says. */
    public String label(int holder, int held) throws IOException {
        int length = index.contents().arrayLength(holder);
        if (length > BIG_ARRAY) {
            int i = length > INDEXED_ARRAY ? index.contents().elementIndex(holder, index.objectId(held))
                    : positions(holder).get(index.objectId(held));
            return i >= 0 ? "[" + i + "]" : "<reference>";
        }
        Map<Long, String> labels = byHolder.get(holder);
        if (labels == null) {
            labels = read(holder);
            byHolder.put(holder, labels);
        }
        String label = labels.get(index.objectId(held));
        if (label != null) {
            return label;
        }
        if (index.isClass(holder)) {
            ClassShape shape = index.contents().classShape(holder);
            if (shape != null && shape.superId() != 0 && shape.superId() == index.objectId(held)) {
                return "<super>";
            }
            if (shape != null && shape.loaderId() != 0 && shape.loaderId() == index.objectId(held)) {
                return "<classloader>";
            }
        }
        if (index.isClass(held)) {
            return "<class>";
        }
        return "<reference>";
    }

    /**
     * A big array's element positions by the id they hold, read once: a path through a map of a million
     * entries then finds its slot at once, not by a scan of the table for each path.
     */
    private LongIntMap positions(int array) throws IOException {
        LongIntMap positions = bigArrays.get(array);
        if (positions == null) {
            long[] elements = index.contents().elementIds(array);
            positions = new LongIntMap(elements.length);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (elements[i] != 0) {
                    positions.put(elements[i], i);
                }
            }
            bigArrays.put(array, positions);
        }
        return positions;
    }

    /**
     * The labels of a holder's references by the id they hold (first field wins), read without resolving ids
     * to nodes: a path step needs only the one reference it follows.
     */
    private Map<Long, String> read(int holder) throws IOException {
        boolean statics = index.isClass(holder);
        String owner = statics ? ClassNames.simpleName(index.describe(holder).substring("class ".length())) : null;
        Map<Long, String> labels = new HashMap<>();
        for (HeapField f : index.contents().rawFields(holder)) {
            if (f.type() == heapwhy.hprof.BasicType.OBJECT && f.value() != 0) {
                labels.putIfAbsent(f.value(), statics ? "static " + owner + "." + f.name() : f.name());
            }
        }
        return labels;
    }
}
