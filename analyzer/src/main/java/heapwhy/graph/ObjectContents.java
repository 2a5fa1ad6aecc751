package heapwhy.graph;

import heapwhy.hprof.BasicType;
import heapwhy.store.MappedArray;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What objects hold, read from the dump itself at the positions the index saved: fields, array elements,
 * String text, and the class dumps (shapes) of classes and their superclasses. The dump must still be where it
 * was indexed; a plain gzip dump (not chunked) cannot be read at random, so it gives no instance fields or
 * elements (class statics come from the index and are always there). Reached through
 * {@link HeapIndex#contents()}; opens the dump on first use and closes it with the index.
 *
 * <p>Not thread-safe: it keeps lazily opened tables and a scratch buffer.
 */
public final class ObjectContents implements Closeable {
    private final HeapIndex index;
    private final IndexMeta meta;
    private final Path dir;
    private Map<Long, ClassShape> shapes;
    private DumpRandomAccess reader;
    private MappedArray position;
    private MappedArray length;
    private DumpRandomAccess.ReferenceLayout[] referenceLayouts;
    private byte[] scratch = new byte[64];

    ObjectContents(HeapIndex index, IndexMeta meta, Path dir) {
        this.index = index;
        this.meta = meta;
        this.dir = dir;
    }

    /**
     * The node's fields as the dump holds them: an instance's fields (its class's own first, then each
     * superclass's), a class's static fields, or an object array's elements named "[i]". Primitive arrays give
     * none; neither does an object a plain gzip dump holds.
     */
    public List<HeapField> fields(int node) throws IOException {
        return fields(node, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} of the node's {@link #fields}: an object array's first elements are read without
     * reading the rest, so this works on arrays of any length.
     */
    public List<HeapField> fields(int node, int limit) throws IOException {
        List<HeapField> raw = rawFields(node, limit);
        List<HeapField> resolved = new ArrayList<>(raw.size());
        for (HeapField f : raw) {
            boolean reference = f.type() == BasicType.OBJECT && f.value() != 0;
            resolved.add(reference ? new HeapField(f.name(), f.type(), f.value(), index.findObject(f.value())) : f);
        }
        return resolved;
    }

    /**
     * The same fields with {@link HeapField#node()} left at {@link HeapIndex#NOT_FOUND}: cheaper when the ids
     * are enough.
     */
    public List<HeapField> rawFields(int node) throws IOException {
        return rawFields(node, Integer.MAX_VALUE);
    }

    private List<HeapField> rawFields(int node, int limit) throws IOException {
        ensureReader();
        List<HeapField> raw;
        int len = length.getInt(node);
        if (len == GraphBuilder.CLASS_NODE) {
            ClassShape shape = shapes.get(index.objectId(node));
            raw = new ArrayList<>();
            if (shape != null) {
                for (int i = 0; i < shape.staticNames().length; i++) {
                    raw.add(new HeapField(shape.staticNames()[i], shape.staticTypes()[i], shape.staticValues()[i],
                            HeapIndex.NOT_FOUND));
                }
            }
        } else if (!reader.canRead()) {
            return List.of();
        } else if (len >= 0) {
            raw = reader.fieldList(meta.classKeys().get(index.classIndex(node)), position.getLong(node));
        } else if (meta.classKeys().get(index.classIndex(node)) > 0) {
            long[] ids = reader.elements(position.getLong(node), Math.min(~len, limit));
            raw = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                raw.add(new HeapField("[" + i + "]", BasicType.OBJECT, ids[i], HeapIndex.NOT_FOUND));
            }
        } else {
            return List.of();
        }
        return raw.size() > limit ? raw.subList(0, limit) : raw;
    }

    /**
     * Where instances of a class ({@code classIndex} as {@link HeapIndex#classIndex} tells) keep the field called
     * {@code name}, for {@link #fieldValue}: of several with the name, the one of the class highest in the
     * lineage, the last {@link #rawFields} lists. Null when its instances have no such field, for array classes,
     * and when the dump cannot be read at random (plain gzip), where {@link #rawFields} gives no fields either.
     */
    public FieldSlot fieldSlot(int classIndex, String name) throws IOException {
        ensureReader();
        long key = meta.classKeys().get(classIndex);
        if (!reader.canRead() || key <= 0 || meta.classes().get(classIndex).name().endsWith("[]")) {
            return null;
        }
        return reader.fieldSlot(key, name);
    }

    /**
     * The value of one field of an instance (no class mirror, no array) of the class the slot was found for,
     * as {@link #rawFields} gives it, reading only that field. On a plain dump, once a slot was found, safe to
     * call from several threads.
     */
    public long fieldValue(int node, FieldSlot slot) throws IOException {
        ensureReader();
        return reader.fieldValue(position.getLong(node), slot);
    }

    /**
     * The names of the reference fields of a class's instances ({@code classIndex} as
     * {@link HeapIndex#classIndex} tells), in the order {@link #referenceValues} reads them: the class's own
     * first, then each superclass's. Empty for array and primitive classes.
     */
    public List<String> referenceFieldNames(int classIndex) throws IOException {
        return referenceLayout(classIndex).names();
    }

    /**
     * Reads the ids that an instance's reference fields hold (0 for null) into {@code ids}, in the order of
     * {@link #referenceFieldNames}; returns how many it read: 0 for arrays and class mirrors and when the dump
     * cannot be read at random (plain gzip). Meant for walks over every object: it allocates nothing, and
     * {@code ids} must have room for every reference field of the class.
     */
    public int referenceValues(int node, long[] ids) throws IOException {
        ensureReader();
        if (length.getInt(node) < 0 || !reader.canRead()) {
            return 0;
        }
        DumpRandomAccess.ReferenceLayout layout = referenceLayout(index.classIndex(node));
        if (layout.offsets().length == 0) {
            return 0;
        }
        if (scratch.length < layout.span()) {
            scratch = new byte[layout.span()];
        }
        reader.referenceIds(position.getLong(node), layout, ids, scratch);
        return layout.offsets().length;
    }

    private DumpRandomAccess.ReferenceLayout referenceLayout(int classIndex) throws IOException {
        ensureReader();
        if (referenceLayouts == null) {
            referenceLayouts = new DumpRandomAccess.ReferenceLayout[meta.classes().size()];
        }
        DumpRandomAccess.ReferenceLayout layout = referenceLayouts[classIndex];
        if (layout == null) {
            long key = meta.classKeys().get(classIndex);
            layout = key > 0 ? reader.referenceLayout(key)
                    : new DumpRandomAccess.ReferenceLayout(List.of(), new int[0], 0);
            referenceLayouts[classIndex] = layout;
        }
        return layout;
    }

    /**
     * The position of the first element of an object array node that holds the object {@code id}, or -1 (also
     * for nodes that are no object array, and when the dump cannot be read at random). Reads the array in
     * blocks: {@link #fields} cannot give the elements of arrays over a million long.
     */
    public int elementIndex(int arrayNode, long id) throws IOException {
        if (!isReadableObjectArray(arrayNode)) {
            return -1;
        }
        return reader.indexOf(position.getLong(arrayNode), arrayLength(arrayNode), id);
    }

    /**
     * Every element id of an object array node (0 for null), read in blocks, so it works on arrays of any
     * length; empty for other nodes and when the dump cannot be read at random.
     */
    public long[] elementIds(int arrayNode) throws IOException {
        if (!isReadableObjectArray(arrayNode)) {
            return new long[0];
        }
        return reader.allElements(position.getLong(arrayNode), arrayLength(arrayNode));
    }

    private boolean isReadableObjectArray(int node) throws IOException {
        ensureReader();
        return arrayLength(node) >= 0 && meta.classKeys().get(index.classIndex(node)) > 0 && reader.canRead();
    }

    /** The text of a java.lang.String node (JDK 8 char[] or JDK 9+ byte[] with coder), or null if it is not one. */
    public String stringValue(int node) throws IOException {
        if (!"java.lang.String".equals(index.classOf(node).name())) {
            return null;
        }
        long value = 0;
        long coder = 0;
        for (HeapField f : rawFields(node)) {
            if (f.name().equals("value")) {
                value = f.value();
            } else if (f.name().equals("coder")) {
                coder = f.value();
            }
        }
        int array = value == 0 ? HeapIndex.NOT_FOUND : referenced(node, value);
        if (array < 0) {
            return null;
        }
        return reader.string(meta.classKeys().get(index.classIndex(array)), length.getInt(array),
                position.getLong(array), coder, 1 << 20);
    }

    /**
     * The node {@code holder} refers to by {@code id}, found among its references: a String's text read without
     * the id lookup table, which takes a pass over every object to build; that table when not there.
     */
    private int referenced(int holder, long id) {
        for (int i = 0, n = index.outboundCount(holder); i < n; i++) {
            int target = index.outboundTarget(holder, i);
            if (index.objectId(target) == id) {
                return target;
            }
        }
        return index.findObject(id);
    }

    /**
     * The elements of a primitive array node as the dump holds them (big-endian, except a JDK 9+ String's UTF-16
     * bytes), for comparing arrays by content; null for other nodes and when the dump cannot be read at random.
     */
    public byte[] primitiveArrayBytes(int node) throws IOException {
        ensureReader();
        int len = arrayLength(node);
        long key = meta.classKeys().get(index.classIndex(node));
        if (len < 0 || key >= 0 || !reader.canRead()) {
            return null;
        }
        return reader.payload(position.getLong(node), len * BasicType.size((int) -key, meta.info().idSize()));
    }

    /**
     * Whether objects' fields can be read from the dump: not for a plain gzip dump (it cannot be read at
     * random); class statics come from the index and are always there.
     */
    public boolean canReadObjects() throws IOException {
        ensureReader();
        return reader.canRead();
    }

    /**
     * {@link #primitiveArrayBytes} copied into {@code into} from its start, when it has room for them: for reading
     * millions of arrays without a new one each. Returns how many bytes the array holds (whether or not they were
     * copied), or -1 where {@link #primitiveArrayBytes} gives null.
     */
    public int primitiveArrayBytes(int node, byte[] into) throws IOException {
        ensureReader();
        int len = arrayLength(node);
        long key = meta.classKeys().get(index.classIndex(node));
        if (len < 0 || key >= 0 || !reader.canRead()) {
            return -1;
        }
        int count = len * BasicType.size((int) -key, meta.info().idSize());
        if (count <= into.length) {
            reader.read(position.getLong(node), into, count);
        }
        return count;
    }

    /**
     * Whether several threads may read objects at once (with {@link #fieldValue}, either primitiveArrayBytes,
     * {@link #arrayLength}, {@link #rawFields} of instances): a plain dump is read where it is mapped, but a
     * chunked gzip one is inflated into buffers the reads share.
     */
    public boolean concurrentReads() throws IOException {
        ensureReader();
        return reader.mapped();
    }

    /** Length of an array node, or -1 for instances and classes. Reads the index only, never the dump. */
    public int arrayLength(int node) throws IOException {
        int len = lengths().getInt(node);
        return len < 0 && len != GraphBuilder.CLASS_NODE ? ~len : -1;
    }

    /**
     * The names of a class ({@code classIndex} as {@link HeapIndex#classIndex} tells) and of its superclasses,
     * the class first: "com.acme.Cache$1", "java.util.LinkedHashMap", "java.util.HashMap",
     * "java.util.AbstractMap", "java.lang.Object". An array class or a class whose dump is missing gives its
     * name alone. Tells a subclass of a JDK collection by what it is, not by its name.
     */
    public List<String> lineage(int classIndex) throws IOException {
        List<ClassShape> lineage = lineageShapes(classIndex);
        if (lineage.isEmpty()) {
            return List.of(meta.classes().get(classIndex).name());
        }
        List<String> names = new ArrayList<>(lineage.size());
        for (ClassShape shape : lineage) {
            names.add(shape.name());
        }
        return names;
    }

    /**
     * The class dumps of a class and of its superclasses, the class first, as {@link #lineage} names them;
     * empty for an array class or a class whose dump is missing.
     */
    public List<ClassShape> lineageShapes(int classIndex) throws IOException {
        ClassShape shape = shapes().get(meta.classKeys().get(classIndex));
        if (shape == null || !shape.name().equals(meta.classes().get(classIndex).name())) {
            return List.of();
        }
        List<ClassShape> lineage = new ArrayList<>();
        lineage.add(shape);
        for (int depth = 0; shape.superId() != 0 && depth < 64; depth++) {
            shape = shapes.get(shape.superId());
            if (shape == null) {
                break;
            }
            lineage.add(shape);
        }
        return lineage;
    }

    /** The class's shape (fields, statics) for a class mirror node, or null. */
    public ClassShape classShape(int classNode) throws IOException {
        return index.isClass(classNode) ? shapes().get(index.objectId(classNode)) : null;
    }

    private MappedArray lengths() throws IOException {
        if (length == null) {
            length = MappedArray.open(dir.resolve(GraphFiles.LENGTH), 4);
        }
        return length;
    }

    private Map<Long, ClassShape> shapes() {
        if (shapes == null) {
            Map<Long, ClassShape> byId = new HashMap<>();
            for (ClassShape shape : meta.shapes()) {
                byId.put(shape.id(), shape);
            }
            shapes = byId;
        }
        return shapes;
    }

    private void ensureReader() throws IOException {
        if (reader == null) {
            lengths();
            position = MappedArray.open(dir.resolve(GraphFiles.POSITION), 8);
            reader = new DumpRandomAccess(Path.of(meta.fingerprint().dump()), meta.info().compression(),
                    meta.info().idSize(), shapes());
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        for (MappedArray a : new MappedArray[]{position, length}) {
            if (a != null) {
                a.close();
            }
        }
    }
}
