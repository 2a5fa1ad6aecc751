package heapwhy.inspect;

import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;
import heapwhy.paths.walk.EdgeLabels;
import heapwhy.paths.walk.RootText;
import heapwhy.paths.walk.ValueText;
import heapwhy.util.ObjectIdText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One object looked at closely: its fields with their values, what it refers to and what refers to it, in
 * the words the paths use. Reads only what it shows: an array of ten million elements or a class with a
 * million instances costs as much as the limit asked for.
 */
public final class ObjectInspector {
    private final HeapIndex index;
    private final EdgeLabels labels;
    private RootText rootText;

    public ObjectInspector(HeapIndex index) {
        this.index = index;
        this.labels = new EdgeLabels(index);
    }

    /**
     * The object's details, each list cut at {@code limit} entries.
     *
     * @throws IllegalArgumentException if the node is not one of the index's
     */
    public ObjectDetails inspect(int node, int limit) throws IOException {
        if (node < 0 || node >= index.nodeCount()) {
            throw new IllegalArgumentException("no object #" + node + " in this dump");
        }
        boolean readable = index.contents().canReadObjects() || index.isClass(node);
        List<FieldValue> fields = new ArrayList<>();
        for (HeapField f : index.contents().fields(node, limit)) {
            fields.add(fieldValue(f));
        }
        int length = index.contents().arrayLength(node);
        int fieldCount = length >= 0 && !fields.isEmpty() ? length : fields.size();
        return new ObjectDetails(node, index.objectId(node), index.describe(node), ValueText.of(index, node),
                index.shallowSize(node), index.retainedSize(node), index.immediateDominator(node), length,
                roots(node), fields, fieldCount, outgoing(node, limit), index.outboundCount(node),
                referrers(node, limit), index.inboundCount(node), readable);
    }

    private FieldValue fieldValue(HeapField f) throws IOException {
        if (f.type() != BasicType.OBJECT) {
            return new FieldValue(f.name(), BasicType.javaName(f.type()), ValueText.primitive(f), -1);
        }
        if (f.value() == 0) {
            return new FieldValue(f.name(), "null", "null", -1);
        }
        String id = ObjectIdText.hex(f.value());
        if (f.node() < 0) {
            return new FieldValue(f.name(), BasicType.javaName(f.type()), id + " (not in the dump)", -1);
        }
        // HPROF declares every reference field as a plain object: the class of what it holds says more
        return new FieldValue(f.name(), index.classOf(f.node()).name(), what(f.node()) + " " + id, f.node());
    }

    private List<Reference> outgoing(int node, int limit) throws IOException {
        int n = Math.min(limit, index.outboundCount(node));
        List<Reference> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int target = index.outboundTarget(node, i);
            out.add(new Reference(labels.label(node, target), target, what(target), index.retainedSize(target)));
        }
        return out;
    }

    private List<Reference> referrers(int node, int limit) throws IOException {
        int n = Math.min(limit, index.inboundCount(node));
        List<Reference> in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int source = index.inboundSource(node, i);
            in.add(new Reference(labels.label(source, node), source, what(source), index.retainedSize(source)));
        }
        return in;
    }

    private List<String> roots(int node) throws IOException {
        List<String> texts = new ArrayList<>();
        for (GcRoot root : index.roots()) {
            if (root.node() == node) {
                if (rootText == null) {
                    rootText = new RootText(index);
                }
                texts.add(rootText.of(root));
            }
        }
        return texts;
    }

    /** The object's class and, when it has a short one, its value: {@code java.lang.String "tenant-3"}. */
    private String what(int node) throws IOException {
        String value = ValueText.of(index, node);
        return value == null ? index.describe(node) : index.describe(node) + " " + value;
    }
}
