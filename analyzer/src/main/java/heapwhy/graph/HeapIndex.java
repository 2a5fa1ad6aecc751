package heapwhy.graph;

import heapwhy.dominators.DominatorTree;
import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.RootKind;
import heapwhy.store.MappedArray;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The object graph of one dump with its dominator tree and retained sizes, kept in memory-mapped files
 * (an index) so that a second open of the same dump is near instant. Objects are numbered 0..n-1 in dump
 * order ("nodes"); classes' mirrors are nodes too. Objects that no GC root reaches are left out of the
 * graph's answers unless the index was opened with keep-unreachable.
 *
 * <p>Not thread-safe for the lazily built dominator-tree children; otherwise read-only.
 */
public final class HeapIndex implements Closeable {
    /** {@link #immediateDominator} of an object the virtual root dominates directly. */
    public static final int ROOT = DominatorTree.ROOT;
    /** {@link #immediateDominator} of an object left out of the graph. */
    public static final int UNREACHABLE = DominatorTree.UNREACHABLE;

    private final IndexStore.Opened opened;
    private final IndexMeta meta;
    private final MappedArray ids;
    private final MappedArray classOf;
    private final MappedArray shallow;
    private final MappedArray outOffsets;
    private final MappedArray outTargets;
    private final MappedArray inOffsets;
    private final MappedArray inTargets;
    private final MappedArray idom;
    private final MappedArray retained;
    private NodeLookup lookup;
    private java.util.Map<Long, ClassShape> shapes;
    private ObjectReader reader;
    private MappedArray position;
    private MappedArray length;
    private int[] childOffsets;
    private int[] children;
    private ObjectReader.ReferenceLayout[] referenceLayouts;
    /** One bit per node, set for class mirrors: walks over every object ask isClass of each. */
    private final long[] mirrorBits;
    private byte[] scratch = new byte[64];

    private HeapIndex(IndexStore.Opened opened) throws IOException {
        this.opened = opened;
        this.meta = opened.meta();
        Path dir = opened.dir();
        ids = MappedArray.open(dir.resolve(GraphFiles.IDS), 8);
        classOf = MappedArray.open(dir.resolve(GraphFiles.CLASS_OF), 4);
        shallow = MappedArray.open(dir.resolve(GraphFiles.SHALLOW), 8);
        outOffsets = MappedArray.open(dir.resolve(GraphFiles.OUT_OFFSETS), 8);
        outTargets = MappedArray.open(dir.resolve(GraphFiles.OUT_TARGETS), 4);
        inOffsets = MappedArray.open(dir.resolve(GraphFiles.IN_OFFSETS), 8);
        inTargets = MappedArray.open(dir.resolve(GraphFiles.IN_TARGETS), 4);
        idom = MappedArray.open(dir.resolve(GraphFiles.IDOM), 4);
        retained = MappedArray.open(dir.resolve(GraphFiles.RETAINED), 8);
        mirrorBits = new long[(meta.nodeCount() >>> 6) + 1];
        for (int mirror : meta.mirrorNodes()) {
            mirrorBits[mirror >>> 6] |= 1L << mirror;
        }
    }

    /**
     * Opens a dump's index, building it (two passes over the dump, then the dominator tree) when there is no
     * intact saved one.
     *
     * @throws heapwhy.hprof.HprofException when the dump is not readable HPROF
     */
    public static HeapIndex open(Path dump, IndexOptions options, ProgressListener progress) throws IOException {
        return new HeapIndex(IndexStore.openOrBuild(dump, options, progress));
    }

    /** Whether the index was reused from an earlier open rather than built now. */
    public boolean fromCache() {
        return opened.fromCache();
    }

    /** Why a saved index could not be reused and was rebuilt, or null. */
    public String rebuildReason() {
        return opened.rebuildReason();
    }

    /** The folder holding the index. */
    public Path indexDir() {
        return opened.dir();
    }

    /** Nodes in the index, reachable or not. */
    public int nodeCount() {
        return meta.nodeCount();
    }

    /** Whether the node is part of the graph's answers (reachable, or kept with keep-unreachable). */
    public boolean inGraph(int node) {
        return idom.getInt(node) != UNREACHABLE;
    }

    public long objectId(int node) {
        return ids.getLong(node);
    }

    /** The node's class, an index into {@link #classes()}. */
    public int classIndex(int node) {
        return classOf.getInt(node);
    }

    public HeapClass classOf(int node) {
        return meta.classes().get(classOf.getInt(node));
    }

    /**
     * What the node is, for people: its class name, or for a class mirror "class " and the class it stands
     * for (e.g. "class com.acme.MyCache").
     */
    public String describe(int node) {
        int mirror = java.util.Arrays.binarySearch(meta.mirrorNodes(), node);
        return mirror >= 0 ? "class " + meta.mirrorNames().get(mirror) : classOf(node).displayName();
    }

    /** Whether the node is a class mirror (a java.lang.Class holding a class's static fields). */
    public boolean isClass(int node) {
        return (mirrorBits[node >>> 6] & (1L << node)) != 0;
    }

    public long shallowSize(int node) {
        return shallow.getLong(node);
    }

    /** Memory freed if the object went away: its dominator subtree's shallow bytes (0 if not in the graph). */
    public long retainedSize(int node) {
        return retained.getLong(node);
    }

    /** The node's immediate dominator, or {@link #ROOT}, or {@link #UNREACHABLE}. */
    public int immediateDominator(int node) {
        return idom.getInt(node);
    }

    /** Total bytes of the objects in the graph: the virtual root's retained size. */
    public long graphBytes() {
        return meta.graphBytes();
    }

    /** Every class of the dump, indexed as {@link #classIndex} tells. */
    public List<HeapClass> classes() {
        return meta.classes();
    }

    public List<GcRoot> roots() {
        return meta.roots();
    }

    /** The nodes this node refers to (fields, array elements, statics, its class, a class's super and loader). */
    public int[] outbound(int node) {
        return slice(outOffsets, outTargets, node);
    }

    /**
     * Copies the node's references into {@code into}, which must hold {@link #outboundCount} of them; returns
     * how many. For walks over every object: no allocation, the offsets read once.
     */
    public int outbound(int node, int[] into) {
        long from = outOffsets.getLong(node);
        int n = (int) (outOffsets.getLong(node + 1L) - from);
        for (int i = 0; i < n; i++) {
            into[i] = outTargets.getInt(from + i);
        }
        return n;
    }

    /** How many references the node makes; with {@link #outboundTarget} reads them without allocating. */
    public int outboundCount(int node) {
        return (int) (outOffsets.getLong(node + 1L) - outOffsets.getLong(node));
    }

    /** The node's {@code i}-th reference, for 0 ≤ i < {@link #outboundCount}. */
    public int outboundTarget(int node, int i) {
        return outTargets.getInt(outOffsets.getLong(node) + i);
    }

    /** The nodes that refer to this node. */
    public int[] inbound(int node) {
        return slice(inOffsets, inTargets, node);
    }

    /** How many references point at the node; with {@link #inboundSource} reads them without allocating. */
    public int inboundCount(int node) {
        return (int) (inOffsets.getLong(node + 1L) - inOffsets.getLong(node));
    }

    /**
     * The {@code i}-th node referring to this node, for 0 ≤ i < {@link #inboundCount}: a class mirror is referred
     * to by each of its instances, so {@link #inbound} would copy millions of them.
     */
    public int inboundSource(int node, int i) {
        return inTargets.getInt(inOffsets.getLong(node) + i);
    }

    private static int[] slice(MappedArray offsets, MappedArray targets, int node) {
        long from = offsets.getLong(node);
        long to = offsets.getLong(node + 1L);
        int[] result = new int[(int) (to - from)];
        for (int i = 0; i < result.length; i++) {
            result[i] = targets.getInt(from + i);
        }
        return result;
    }

    /** The node with this object id, or -1. The first call builds a lookup table (about 4 bytes per object). */
    public int findObject(long id) {
        if (lookup == null) {
            lookup = IdIndex.build(ids.longs());
        }
        return lookup.find(id);
    }

    /** The objects the node immediately dominates, largest retained size first; {@link #ROOT} for the top. */
    public int[] dominatedBy(int node) {
        if (childOffsets == null) {
            buildChildren();
        }
        int slot = node == ROOT ? 0 : node + 1;
        int[] result = java.util.Arrays.copyOfRange(children, childOffsets[slot], childOffsets[slot + 1]);
        Integer[] boxed = new Integer[result.length];
        for (int i = 0; i < result.length; i++) {
            boxed[i] = result[i];
        }
        java.util.Arrays.sort(boxed, Comparator.comparingLong((Integer v) -> -retainedSize(v)).thenComparingInt(v -> v));
        for (int i = 0; i < result.length; i++) {
            result[i] = boxed[i];
        }
        return result;
    }

    /**
     * Calls {@code visit} with every object the node's dominator subtree holds below the node, in no order:
     * what goes away with it. No sorting and no copy of the subtree, so it suits subtrees of millions.
     */
    public void forEachDominated(int node, java.util.function.IntConsumer visit) {
        if (childOffsets == null) {
            buildChildren();
        }
        int[] stack = new int[64];
        int size = 0;
        stack[size++] = node;
        while (size > 0) {
            int at = stack[--size];
            int slot = at == ROOT ? 0 : at + 1;
            for (int i = childOffsets[slot]; i < childOffsets[slot + 1]; i++) {
                int child = children[i];
                visit.accept(child);
                if (childOffsets[child + 2] > childOffsets[child + 1]) {
                    if (size == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, size * 2);
                    }
                    stack[size++] = child;
                }
            }
        }
    }

    private void buildChildren() {
        int n = meta.nodeCount();
        int[] offsets = new int[n + 2];
        for (int v = 0; v < n; v++) {
            int d = idom.getInt(v);
            if (d != UNREACHABLE) {
                offsets[d + 2]++;
            }
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        int[] list = new int[offsets[n + 1]];
        int[] fill = offsets.clone();
        for (int v = 0; v < n; v++) {
            int d = idom.getInt(v);
            if (d != UNREACHABLE) {
                list[fill[d + 1]++] = v;
            }
        }
        childOffsets = offsets;
        children = list;
    }

    /** The {@code limit} objects with the largest retained sizes, largest first. */
    public int[] biggestObjects(int limit) {
        PriorityQueue<long[]> top = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
        for (int v = 0; v < meta.nodeCount(); v++) {
            long size = retained.getLong(v);
            if (size > 0 && (top.size() < limit || size > top.peek()[0])) {
                top.add(new long[]{size, v});
                if (top.size() > limit) {
                    top.poll();
                }
            }
        }
        List<long[]> sorted = new ArrayList<>(top);
        sorted.sort(Comparator.comparingLong((long[] a) -> -a[0]).thenComparingLong(a -> a[1]));
        return sorted.stream().mapToInt(a -> (int) a[1]).toArray();
    }

    /**
     * The node's fields as the dump holds them: an instance's fields (its class's own first, then each
     * superclass's), a class's static fields, or an object array's elements named "[i]". Read from the dump
     * itself, so the dump must still be where it was indexed; a plain gzip dump (not chunked) cannot be read
     * at random and gives no fields. Primitive arrays give none.
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
            boolean reference = f.type() == heapwhy.hprof.BasicType.OBJECT && f.value() != 0;
            resolved.add(reference ? new HeapField(f.name(), f.type(), f.value(), findObject(f.value())) : f);
        }
        return resolved;
    }

    /** The same fields with {@link HeapField#node()} left at -1: cheaper when the ids are enough. */
    public List<HeapField> rawFields(int node) throws IOException {
        return rawFields(node, Integer.MAX_VALUE);
    }

    private List<HeapField> rawFields(int node, int limit) throws IOException {
        ensureReader();
        List<HeapField> raw;
        int len = length.getInt(node);
        if (len == GraphBuilder.CLASS_NODE) {
            ClassShape shape = shapes.get(objectId(node));
            raw = new ArrayList<>();
            if (shape != null) {
                for (int i = 0; i < shape.staticNames().length; i++) {
                    raw.add(new HeapField(shape.staticNames()[i], shape.staticTypes()[i], shape.staticValues()[i], -1));
                }
            }
        } else if (!reader.canRead()) {
            return List.of();
        } else if (len >= 0) {
            raw = reader.fieldList(meta.classKeys().get(classIndex(node)), position.getLong(node));
        } else if (meta.classKeys().get(classIndex(node)) > 0) {
            long[] ids = reader.elements(position.getLong(node), Math.min(~len, limit));
            raw = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                raw.add(new HeapField("[" + i + "]", heapwhy.hprof.BasicType.OBJECT, ids[i], -1));
            }
        } else {
            return List.of();
        }
        return raw.size() > limit ? raw.subList(0, limit) : raw;
    }

    /**
     * The names of the reference fields of a class's instances ({@code classIndex} as {@link #classIndex}
     * tells), in the order {@link #referenceValues} reads them: the class's own first, then each superclass's.
     * Empty for array and primitive classes.
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
        ObjectReader.ReferenceLayout layout = referenceLayout(classIndex(node));
        if (layout.offsets().length == 0) {
            return 0;
        }
        if (scratch.length < layout.span()) {
            scratch = new byte[layout.span()];
        }
        reader.referenceIds(position.getLong(node), layout, ids, scratch);
        return layout.offsets().length;
    }

    private ObjectReader.ReferenceLayout referenceLayout(int classIndex) throws IOException {
        ensureReader();
        if (referenceLayouts == null) {
            referenceLayouts = new ObjectReader.ReferenceLayout[meta.classes().size()];
        }
        ObjectReader.ReferenceLayout layout = referenceLayouts[classIndex];
        if (layout == null) {
            long key = meta.classKeys().get(classIndex);
            layout = key > 0 ? reader.referenceLayout(key) : new ObjectReader.ReferenceLayout(List.of(), new int[0], 0);
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
        ensureReader();
        int len = length.getInt(arrayNode);
        if (len >= 0 || len == GraphBuilder.CLASS_NODE || meta.classKeys().get(classIndex(arrayNode)) <= 0
                || !reader.canRead()) {
            return -1;
        }
        return reader.indexOf(position.getLong(arrayNode), ~len, id);
    }

    /**
     * Every element id of an object array node (0 for null), read in blocks, so it works on arrays of any
     * length; empty for other nodes and when the dump cannot be read at random.
     */
    public long[] elementIds(int arrayNode) throws IOException {
        ensureReader();
        int len = length.getInt(arrayNode);
        if (len >= 0 || len == GraphBuilder.CLASS_NODE || meta.classKeys().get(classIndex(arrayNode)) <= 0
                || !reader.canRead()) {
            return new long[0];
        }
        return reader.allElements(position.getLong(arrayNode), ~len);
    }

    /** The text of a java.lang.String node (JDK 8 char[] or JDK 9+ byte[] with coder), or null if it is not one. */
    public String stringValue(int node) throws IOException {
        if (!"java.lang.String".equals(classOf(node).name())) {
            return null;
        }
        long value = 0;
        long coder = 0;
        for (HeapField f : fields(node)) {
            if (f.name().equals("value")) {
                value = f.value();
            } else if (f.name().equals("coder")) {
                coder = f.value();
            }
        }
        int array = value == 0 ? -1 : findObject(value);
        if (array < 0) {
            return null;
        }
        return reader.string(meta.classKeys().get(classIndex(array)), length.getInt(array), position.getLong(array),
                coder, 1 << 20);
    }

    /**
     * Whether objects' fields can be read from the dump: not for a plain gzip dump (it cannot be read at
     * random); class statics come from the index and are always there.
     */
    public boolean canReadObjects() throws IOException {
        ensureReader();
        return reader.canRead();
    }

    /** Length of an array node, or -1 for instances and classes. */
    public int arrayLength(int node) throws IOException {
        ensureReader();
        int len = length.getInt(node);
        return len < 0 && len != GraphBuilder.CLASS_NODE ? ~len : -1;
    }

    /**
     * The names of a class ({@code classIndex} as {@link #classIndex} tells) and of its superclasses, the class
     * first: "com.acme.Cache$1", "java.util.LinkedHashMap", "java.util.HashMap", "java.util.AbstractMap",
     * "java.lang.Object". An array class or a class whose dump is missing gives its name alone. Tells a
     * subclass of a JDK collection by what it is, not by its name.
     */
    public List<String> lineage(int classIndex) throws IOException {
        List<ClassShape> shapes = lineageShapes(classIndex);
        if (shapes.isEmpty()) {
            return List.of(meta.classes().get(classIndex).name());
        }
        List<String> names = new ArrayList<>(shapes.size());
        for (ClassShape shape : shapes) {
            names.add(shape.name());
        }
        return names;
    }

    /**
     * The class dumps of a class and of its superclasses, the class first, as {@link #lineage} names them;
     * empty for an array class or a class whose dump is missing.
     */
    public List<ClassShape> lineageShapes(int classIndex) throws IOException {
        ensureReader();
        ClassShape shape = shapes.get(meta.classKeys().get(classIndex));
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
        ensureReader();
        return isClass(classNode) ? shapes.get(objectId(classNode)) : null;
    }

    private void ensureReader() throws IOException {
        if (reader == null) {
            shapes = new java.util.HashMap<>();
            for (ClassShape shape : meta.shapes()) {
                shapes.put(shape.id(), shape);
            }
            position = MappedArray.open(opened.dir().resolve(GraphFiles.POSITION), 8);
            length = MappedArray.open(opened.dir().resolve(GraphFiles.LENGTH), 4);
            reader = new ObjectReader(Path.of(meta.fingerprint().dump()), meta.info().compression(),
                    meta.info().idSize(), shapes);
        }
    }

    /** What {@code heapwhy summary} shows. */
    public HeapSummary summary() {
        Map<RootKind, Long> rootsByKind = new EnumMap<>(RootKind.class);
        for (GcRoot root : meta.roots()) {
            rootsByKind.merge(root.kind(), 1L, Long::sum);
        }
        long lostObjects = 0;
        long lostBytes = 0;
        List<HeapClass> lost = new ArrayList<>();
        for (HeapClass c : meta.classes()) {
            lostObjects += c.unreachableCount();
            lostBytes += c.unreachableBytes();
            if (c.unreachableCount() > 0) {
                lost.add(c);
            }
        }
        lost.sort(Comparator.comparingLong(HeapClass::unreachableBytes).reversed());
        List<String> warnings = new ArrayList<>(meta.warnings());
        if (opened.rebuildReason() != null) {
            warnings.add("the saved index could not be reused (" + opened.rebuildReason() + "); it was rebuilt");
        }
        return new HeapSummary(meta.info(), meta.layout(), meta.inGraph(), meta.classes().size(), meta.graphBytes(),
                rootsByKind, lostObjects, lostBytes, Collections.unmodifiableList(lost), meta.danglingReferences(),
                meta.edgeCount(), meta.systemProperties(), opened.fromCache(), warnings);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        for (MappedArray a : List.of(ids, classOf, shallow, outOffsets, outTargets, inOffsets, inTargets, idom,
                retained)) {
            a.close();
        }
        if (opened.temporary()) {
            IndexStore.deleteTree(opened.dir());
        }
    }
}
