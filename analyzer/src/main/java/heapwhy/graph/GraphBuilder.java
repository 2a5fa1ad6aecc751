package heapwhy.graph;

import heapwhy.classes.ClassNames;
import heapwhy.classes.ClassSizes;
import heapwhy.classes.DumpClasses;
import heapwhy.hprof.BasicType;
import heapwhy.hprof.ClassDump;
import heapwhy.hprof.DumpInfo;
import heapwhy.hprof.HprofInput;
import heapwhy.hprof.HprofReader;
import heapwhy.hprof.HprofVisitor;
import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.RootKind;
import heapwhy.layout.HeapLayout;
import heapwhy.layout.LayoutInference;
import heapwhy.store.ArrayFileWriter;
import heapwhy.store.MappedArray;
import heapwhy.util.LongIntMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the object graph of a dump into a directory of array files, in two streaming passes over the dump:
 * the first numbers every object and class (node numbers follow the dump's order) and records its id,
 * class, payload position and length; the second reads the references and writes the outbound edges in
 * compressed sparse rows. The inbound edges are the transpose. Java heap use is 12 bytes per object for
 * the id lookup plus a few per-class tables; everything per object or per edge goes to the files.
 */
final class GraphBuilder {
    /** Class key of the class mirrors when the dump does not name java.lang.Class. */
    private static final long MIRROR_KEY = -100;

    private final Path dump;
    private final Path dir;
    private final ProgressListener progress;
    private final DumpClasses classes = new DumpClasses();
    /** Class key (class id, or -type for primitive arrays) → class number. */
    private final LongIntMap classNumbers = new LongIntMap(1 << 12);
    private final List<Long> classKeys = new ArrayList<>();
    /** Per class number: whether its instances are class loaders. */
    private boolean[] loaderClassNumbers = new boolean[256];
    /** Class loader object id → the loader's class id, to name loaders. */
    private final java.util.Map<Long, Long> loaderClasses = new java.util.HashMap<>();
    private final List<long[]> roots = new ArrayList<>();
    private long objectIdBits;
    private int nodeCount;

    GraphBuilder(Path dump, Path dir, ProgressListener progress) {
        this.dump = dump;
        this.dir = dir;
        this.progress = progress;
    }

    /** Everything the passes learnt besides the files. */
    record Built(DumpInfo info, HeapLayout layout, List<String> warnings, int nodeCount, long edgeCount,
                 long danglingReferences, DumpClasses classes, ClassSizes sizes, List<Long> classKeys,
                 List<GcRoot> roots, java.util.Map<Long, Long> loaderClasses) {

        /** "LoaderClass@0xid" for the loader that defined the class, null for the boot loader. */
        String loaderOf(long classId) {
            ClassDump dump = classes.dump(classId);
            if (dump == null || dump.loaderId() == 0) {
                return null;
            }
            Long loaderClass = loaderClasses.get(dump.loaderId());
            String loaderName = loaderClass == null ? null : classes.internalName(loaderClass);
            return (loaderName == null ? "loader" : ClassNames.toJava(loaderName)) + "@0x"
                    + Long.toHexString(dump.loaderId());
        }
    }

    Built build() throws IOException {
        FirstPass first = new FirstPass();
        HprofReader.Result read;
        try (first) {
            read = HprofReader.read(dump, first, half(0));
        }
        nodeCount = first.nodes;
        HeapLayout layout = LayoutInference.infer(read.info().idSize(), classes.unsafeStatics(), objectIdBits,
                nodeCount);
        ClassSizes sizes = new ClassSizes(classes, layout, read.info().idSize());
        writeShallowSizes(sizes);

        long[] ids = new long[nodeCount];
        MappedArray idFile = MappedArray.open(dir.resolve(GraphFiles.IDS), 8);
        for (int i = 0; i < nodeCount; i++) {
            ids[i] = idFile.getLong(i);
        }
        idFile.close();
        IdIndex index = IdIndex.build(ids);
        List<GcRoot> gcRoots = new ArrayList<>(roots.size());
        for (long[] r : roots) {
            gcRoots.add(new GcRoot(RootKind.ofTag((int) r[0]), index.find(r[1]), r[1], (int) r[2], (int) r[3]));
        }

        SecondPass second = new SecondPass(index, sizes);
        try (second) {
            HprofReader.read(dump, second, half(1));
        }
        if (second.node != nodeCount) {
            throw new IOException(dump + ": the dump changed while it was read (" + second.node + " objects on the"
                    + " second pass, " + nodeCount + " on the first)");
        }
        transpose(second.edges);
        List<String> warnings = new ArrayList<>(read.warnings());
        return new Built(read.info(), layout, warnings, nodeCount, second.edges, second.dangling, classes, sizes,
                classKeys, gcRoots, loaderClasses);
    }

    /** Progress of one of the two passes, reported as half of the whole. */
    private ProgressListener half(int which) {
        return (done, total) -> progress.progress(which * total + done, 2 * total);
    }

    private int classNumber(long key) {
        int n = classNumbers.get(key);
        if (n < 0) {
            n = classKeys.size();
            classNumbers.put(key, n);
            classKeys.add(key);
            if (n == loaderClassNumbers.length) {
                loaderClassNumbers = java.util.Arrays.copyOf(loaderClassNumbers, n * 2);
            }
            loaderClassNumbers[n] = key > 0 && classes.isLoaderClass(key);
        }
        return n;
    }

    private void writeShallowSizes(ClassSizes sizes) throws IOException {
        MappedArray classOf = MappedArray.open(dir.resolve(GraphFiles.CLASS_OF), 4);
        MappedArray length = MappedArray.open(dir.resolve(GraphFiles.LENGTH), 4);
        MappedArray idFile = MappedArray.open(dir.resolve(GraphFiles.IDS), 8);
        long[] instanceSizes = new long[classKeys.size()];
        for (int c = 0; c < instanceSizes.length; c++) {
            long key = classKeys.get(c);
            instanceSizes[c] = key > 0 ? sizes.instanceSize(key) : 0;
        }
        try (ArrayFileWriter out = new ArrayFileWriter(dir.resolve(GraphFiles.SHALLOW))) {
            for (int i = 0; i < nodeCount; i++) {
                int len = length.getInt(i);
                long size;
                if (len >= 0) {
                    size = instanceSizes[classOf.getInt(i)];
                } else if (len == CLASS_NODE) {
                    size = sizes.mirrorSize(idFile.getLong(i));
                } else {
                    size = arraySize(sizes, classKeys.get(classOf.getInt(i)), ~len);
                }
                out.putLong(size);
            }
        }
    }

    /** Lengths are stored as ~length for arrays, a non-negative marker for instances, CLASS_NODE for classes. */
    static final int INSTANCE_NODE = 0;
    static final int CLASS_NODE = Integer.MIN_VALUE;

    private static long arraySize(ClassSizes sizes, long classKey, long length) {
        int type = classKey < 0 && classKey != MIRROR_KEY ? (int) -classKey : BasicType.OBJECT;
        return sizes.arraySize(type, length);
    }

    /** Pass 1: numbers nodes in dump order and writes id, class, payload position and length per node. */
    private final class FirstPass implements HprofVisitor, AutoCloseable {
        final ArrayFileWriter ids = new ArrayFileWriter(dir.resolve(GraphFiles.IDS));
        final ArrayFileWriter classOf = new ArrayFileWriter(dir.resolve(GraphFiles.CLASS_OF));
        final ArrayFileWriter position = new ArrayFileWriter(dir.resolve(GraphFiles.POSITION));
        final ArrayFileWriter length = new ArrayFileWriter(dir.resolve(GraphFiles.LENGTH));
        int nodes;
        long mirrorKey;

        FirstPass() throws IOException {
        }

        private void node(long id, int classNumber, long payload, int lengthCode) {
            try {
                ids.putLong(id);
                classOf.putInt(classNumber);
                position.putLong(payload);
                length.putInt(lengthCode);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            objectIdBits |= id;
            nodes++;
        }

        @Override
        public void utf8(long id, byte[] modifiedUtf8) {
            classes.addString(id, modifiedUtf8);
        }

        @Override
        public void loadClass(int serial, long classId, int traceSerial, long nameId) {
            classes.addLoadClass(classId, nameId);
        }

        @Override
        public void root(RootKind kind, long objectId, int threadSerial, int frameIndex) {
            roots.add(new long[]{kind.tag(), objectId, threadSerial, frameIndex});
        }

        @Override
        public void classDump(ClassDump dump) {
            classes.addClassDump(dump);
            if (mirrorKey == 0) {
                long javaLangClass = classes.classIdOf("java/lang/Class");
                mirrorKey = javaLangClass != 0 ? javaLangClass : MIRROR_KEY;
            }
            node(dump.id(), classNumber(mirrorKey), -1, CLASS_NODE);
        }

        @Override
        public void instance(long id, long classId, long payloadLength, HprofInput payload) {
            int c = classNumber(classId);
            if (loaderClassNumbers[c]) {
                loaderClasses.put(id, classId);
            }
            node(id, c, payload.position(), INSTANCE_NODE);
        }

        @Override
        public void objectArray(long id, long arrayClassId, int length, HprofInput elements) {
            node(id, classNumber(arrayClassId), elements.position(), ~length);
        }

        @Override
        public void primitiveArray(long id, int elementType, int length, HprofInput elements) {
            node(id, classNumber(-elementType), elements == null ? -1 : elements.position(), ~length);
        }

        @Override
        public void close() throws IOException {
            ids.close();
            classOf.close();
            position.close();
            length.close();
        }
    }

    /** Pass 2: reads every reference and writes the outbound edges in node order. */
    private final class SecondPass implements HprofVisitor, AutoCloseable {
        final IdIndex index;
        final ClassSizes sizes;
        final ArrayFileWriter offsets = new ArrayFileWriter(dir.resolve(GraphFiles.OUT_OFFSETS));
        final ArrayFileWriter targets = new ArrayFileWriter(dir.resolve(GraphFiles.OUT_TARGETS));
        final int[] primitiveArrayClassNodes = new int[12];
        int node;
        long edges;
        long dangling;
        long lastClassId = Long.MIN_VALUE;
        int[] lastReferenceOffsets;
        int lastClassNode;

        SecondPass(IdIndex index, ClassSizes sizes) throws IOException {
            this.index = index;
            this.sizes = sizes;
            for (int type = BasicType.BOOLEAN; type <= BasicType.LONG; type++) {
                long classId = classes.classIdOf("[" + BasicType.descriptor(type));
                primitiveArrayClassNodes[type] = classId == 0 ? -1 : index.find(classId);
            }
            offsets.putLong(0);
        }

        private void edge(long id) throws IOException {
            if (id == 0) {
                return;
            }
            int target = index.find(id);
            if (target < 0) {
                dangling++;
                return;
            }
            targets.putInt(target);
            edges++;
        }

        private void edgeToNode(int target) throws IOException {
            if (target >= 0) {
                targets.putInt(target);
                edges++;
            }
        }

        private void endNode() throws IOException {
            offsets.putLong(edges);
            node++;
        }

        @Override
        public boolean wantsStrings() {
            return false;
        }

        @Override
        public void classDump(ClassDump dump) {
            try {
                edge(dump.superId());
                edge(dump.loaderId());
                for (int i = 0; i < dump.staticTypes().length; i++) {
                    if (dump.staticTypes()[i] == BasicType.OBJECT) {
                        edge(dump.staticValues()[i]);
                    }
                }
                endNode();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void instance(long id, long classId, long payloadLength, HprofInput payload) throws IOException {
            if (classId != lastClassId) {
                lastClassId = classId;
                lastReferenceOffsets = sizes.referenceOffsets(classId);
                lastClassNode = index.find(classId);
            }
            edgeToNode(lastClassNode);
            int at = 0;
            int idSize = payload.idSize();
            for (int offset : lastReferenceOffsets) {
                if (offset + idSize > payloadLength) {
                    break; // fewer field bytes than the class declares: a damaged record
                }
                payload.skip(offset - at, "instance field");
                edge(payload.id("reference field"));
                at = offset + idSize;
            }
            endNode();
        }

        @Override
        public void objectArray(long id, long arrayClassId, int length, HprofInput elements) throws IOException {
            edge(arrayClassId);
            for (int i = 0; i < length; i++) {
                edge(elements.id("array element"));
            }
            endNode();
        }

        @Override
        public void primitiveArray(long id, int elementType, int length, HprofInput elements) throws IOException {
            edgeToNode(primitiveArrayClassNodes[elementType]);
            endNode();
        }

        @Override
        public void close() throws IOException {
            offsets.close();
            targets.close();
        }
    }

    /** Writes the inbound edges: counts per target, prefix sums, then every edge placed at its target's row. */
    private void transpose(long edgeCount) throws IOException {
        MappedArray outOffsets = MappedArray.open(dir.resolve(GraphFiles.OUT_OFFSETS), 8);
        MappedArray outTargets = MappedArray.open(dir.resolve(GraphFiles.OUT_TARGETS), 4);
        int[] cursor = new int[nodeCount];
        for (long e = 0; e < edgeCount; e++) {
            cursor[outTargets.getInt(e)]++;
        }
        MappedArray inOffsets = MappedArray.create(dir.resolve(GraphFiles.IN_OFFSETS), nodeCount + 1L, 8);
        long sum = 0;
        for (int v = 0; v < nodeCount; v++) {
            inOffsets.setLong(v, sum);
            sum += cursor[v];
            cursor[v] = 0;
        }
        inOffsets.setLong(nodeCount, sum);
        MappedArray inTargets = MappedArray.create(dir.resolve(GraphFiles.IN_TARGETS), edgeCount, 4);
        for (int v = 0; v < nodeCount; v++) {
            long end = outOffsets.getLong(v + 1L);
            for (long e = outOffsets.getLong(v); e < end; e++) {
                int target = outTargets.getInt(e);
                inTargets.setInt(inOffsets.getLong(target) + cursor[target]++, v);
            }
        }
        inOffsets.force();
        inTargets.force();
    }

    /** Name of a class key for the class table. */
    static String className(DumpClasses classes, long key) {
        if (key == MIRROR_KEY) {
            return "java.lang.Class";
        }
        if (key < 0) {
            return BasicType.javaName((int) -key) + "[]";
        }
        String internal = classes.internalName(key);
        return internal == null ? "unknown class 0x" + Long.toHexString(key) : ClassNames.toJava(internal);
    }
}
