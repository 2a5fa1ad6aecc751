package heapwhy.paths;

import heapwhy.graph.ClassShape;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;

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
final class EdgeLabels {
    private static final int CACHED_HOLDERS = 4096;

    private final HeapIndex index;
    private final Map<Integer, Map<Integer, String>> byHolder = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Integer, String>> eldest) {
            return size() > CACHED_HOLDERS;
        }
    };

    EdgeLabels(HeapIndex index) {
        this.index = index;
    }

    String label(int holder, int held) throws IOException {
        Map<Integer, String> labels = byHolder.get(holder);
        if (labels == null) {
            labels = read(holder);
            byHolder.put(holder, labels);
        }
        String label = labels.get(held);
        if (label != null) {
            return label;
        }
        if (index.isClass(holder)) {
            ClassShape shape = index.classShape(holder);
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

    /** The fields of a node, as read by {@link HeapIndex#fields}, by the node they point to (first field wins). */
    Map<Integer, HeapField> fieldsByNode(int holder) throws IOException {
        Map<Integer, HeapField> result = new HashMap<>();
        for (HeapField f : index.fields(holder)) {
            if (f.node() >= 0) {
                result.putIfAbsent(f.node(), f);
            }
        }
        return result;
    }

    private Map<Integer, String> read(int holder) throws IOException {
        boolean statics = index.isClass(holder);
        String owner = statics ? simpleName(index.describe(holder).substring("class ".length())) : null;
        Map<Integer, String> labels = new HashMap<>();
        for (Map.Entry<Integer, HeapField> e : fieldsByNode(holder).entrySet()) {
            String name = e.getValue().name();
            labels.put(e.getKey(), statics ? "static " + owner + "." + name : name);
        }
        return labels;
    }

    /** The class name without its package: "MyCache$Entry", "Object[]". */
    static String simpleName(String className) {
        int dot = className.lastIndexOf('.', className.indexOf('[') < 0 ? className.length() : className.indexOf('['));
        return className.substring(dot + 1);
    }
}
