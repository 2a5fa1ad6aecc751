package heapwhy.graph;

import heapwhy.dominators.DominatorTree;
import heapwhy.hprof.ProgressListener;
import heapwhy.store.MappedArray;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The object graph of one dump with its dominator tree and retained sizes, kept in memory-mapped files
 * (an index) so that a second open of the same dump is near instant. Objects are numbered 0..n-1 in dump
 * order ("nodes"); classes' mirrors are nodes too. Objects that no GC root reaches are left out of the
 * graph's answers unless the index was opened with keep-unreachable.
 *
 * <p>This class answers for the graph: nodes, classes, roots, references both ways, sizes and immediate
 * dominators. Two rooms hang off it: {@link #contents()} reads what objects hold from the dump, and
 * {@link #dominatorTree()} walks the dominator tree downwards. An id that names no object is
 * {@link #NOT_FOUND}, never a node nor {@link #ROOT}.
 *
 * <p>Not thread-safe, but for {@link #findObject}: the rooms' tables and the dominator-tree children are built
 * lazily; otherwise read-only.
 */
public final class HeapIndex implements Closeable {
    /** {@link #immediateDominator} of an object the virtual root dominates directly. */
    public static final int ROOT = DominatorTree.ROOT;
    /** {@link #immediateDominator} of an object left out of the graph. */
    public static final int UNREACHABLE = DominatorTree.UNREACHABLE;
    /** {@link #findObject} of an id that names no object: no node, and unlike {@link #ROOT} not -1 either. */
    public static final int NOT_FOUND = Integer.MIN_VALUE;

    private final IndexStore.Opened opened;
    private final IndexMeta meta;
    /** Per node, as {@link GraphFiles} names them; the edges in compressed rows (offsets, then targets). */
    private final MappedArray ids, classOf, shallow, idom, retained;
    private final MappedArray outOffsets, outTargets, inOffsets, inTargets;
    private final ObjectContents contents;
    private final IndexedDominatorTree dominatorTree;
    /** Built on first use, once, whichever thread asks first (waste reads objects on two threads). */
    private volatile NodeLookup lookup;
    /** One bit per node, set for class mirrors: walks over every object ask isClass of each. */
    private final long[] mirrorBits;

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
        contents = new ObjectContents(this, meta, dir);
        dominatorTree = new IndexedDominatorTree(meta.nodeCount(), idom, retained);
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
        int[] result = new int[outboundCount(node)];
        outbound(node, result);
        return result;
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
        int[] result = new int[inboundCount(node)];
        for (int i = 0; i < result.length; i++) {
            result[i] = inboundSource(node, i);
        }
        return result;
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

    /**
     * The node with this object id, or {@link #NOT_FOUND} when the dump defines no object with it. The first
     * call builds a lookup table (about 4 bytes per object).
     */
    public int findObject(long id) {
        NodeLookup table = lookup;
        if (table == null) {
            table = lookup();
        }
        int node = table.find(id);
        return node < 0 ? NOT_FOUND : node;
    }

    private synchronized NodeLookup lookup() {
        if (lookup == null) {
            lookup = IdIndex.build(ids.longs());
        }
        return lookup;
    }

    /** What the node's fields, elements and String text hold, read from the dump on demand. */
    public ObjectContents contents() {
        return contents;
    }

    /** The dominator tree read downwards: what each object keeps alive, and the objects that retain most. */
    public IndexedDominatorTree dominatorTree() {
        return dominatorTree;
    }

    /** What the index knows of the dump as a whole: header, layout, counts, system properties, warnings. */
    public DumpFacts facts() {
        return new DumpFacts(meta.info(), meta.layout(), meta.inGraph(), meta.edgeCount(), meta.danglingReferences(),
                meta.systemProperties(), meta.warnings());
    }

    @Override
    public void close() throws IOException {
        contents.close();
        for (MappedArray a : List.of(ids, classOf, shallow, outOffsets, outTargets, inOffsets, inTargets, idom,
                retained)) {
            a.close();
        }
        if (opened.temporary()) {
            IndexStore.deleteTree(opened.dir());
        }
    }
}
