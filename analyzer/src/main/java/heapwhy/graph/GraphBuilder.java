package heapwhy.graph;

import heapwhy.classes.ClassCollector;
import heapwhy.classes.ClassSizes;
import heapwhy.classes.DumpClasses;
import heapwhy.hprof.BasicType;
import heapwhy.hprof.DumpInfo;
import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.RootKind;
import heapwhy.hprof.reader.ClassDump;
import heapwhy.hprof.reader.HprofInput;
import heapwhy.hprof.reader.HprofReader;
import heapwhy.hprof.reader.HprofVisitor;
import heapwhy.layout.HeapLayout;
import heapwhy.layout.rules.LayoutInference;
import heapwhy.store.ArrayFileWriter;
import heapwhy.store.LongIntMap;
import heapwhy.store.MappedArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the object graph of a dump into a directory of array files, in two streaming passes over the dump:
 * the first numbers every object and class (node numbers follow the dump's order) and records its id,
 * class, payload position and length; the second reads the references and writes the outbound edges in
 * compressed sparse rows. Besides fields, array elements and statics, every object refers to its class, a
 * class to its superclass and loader, and a class loader to the classes it defined (the JVM keeps a class as
 * long as its loader lives; dumps show that only for some loaders). The inbound edges are the transpose. Java heap use is 12 bytes per object for
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
    /** Node of every class mirror, in node order, and the class it stands for. */
    private final List<Integer> mirrorNodes = new ArrayList<>();
    private final List<Long> mirrorClassIds = new ArrayList<>();
    /** Class loader object id → the loader's class id, to name loaders. */
    private final Map<Long, Long> loaderClasses = new HashMap<>();
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
                 List<GcRoot> roots, Map<Long, Long> loaderClasses,
                 Map<String, String> systemProperties, int[] mirrorNodes, List<String> mirrorNames,
                 AtomicReference<int[]> inDegrees, Map<Long, ClassShape> shapes) {
    }

    Built build() throws IOException {
        FirstPass first = new FirstPass();
        HprofReader.Result read;
        try (first) {
            read = HprofReader.read(dump, first, half(0));
        }
        nodeCount = first.nodes;
        BuildTimings.mark("pass 1");
        HeapLayout layout = LayoutInference.infer(read.info().idSize(), classes.unsafeStatics(), objectIdBits,
                nodeCount);
        ClassSizes sizes = new ClassSizes(classes, layout, read.info().idSize());
        MappedArray idFile = MappedArray.open(dir.resolve(GraphFiles.IDS), 8);
        NodeLookup index = IdIndex.build(idFile.longs());
        idFile.close();
        BuildTimings.mark("id index");
        List<GcRoot> gcRoots = new ArrayList<>(roots.size());
        Set<Long> rootIds = new HashSet<>();
        for (long[] r : roots) {
            gcRoots.add(new GcRoot(RootKind.ofTag((int) r[0]), rootNode(index, r[1]), r[1], (int) r[2], (int) r[3],
                    first.frames.location((int) r[2], (int) r[3])));
            rootIds.add(r[1]);
        }
        // The boot loader never unloads a class, but HotSpot writes system-class roots only for instance
        // classes: array classes of boot classes would look unreachable. Every boot class counts as one.
        for (long classId : classes.classIds()) {
            ClassDump d = classes.dump(classId);
            if (d != null && d.loaderId() == 0 && !rootIds.contains(classId)) {
                gcRoots.add(new GcRoot(RootKind.STICKY_CLASS, rootNode(index, classId), classId, 0, -1, ""));
            }
        }

        SecondPass second = new SecondPass(index, sizes);
        try (second) {
            HprofReader.read(dump, second, half(1));
        }
        if (second.node != nodeCount) {
            throw new IOException(dump + ": the dump changed while it was read (" + second.node + " objects on the"
                    + " second pass, " + nodeCount + " on the first)");
        }
        BuildTimings.mark("pass 2");
        Map<Long, ClassShape> shapes = ClassShape.of(classes);
        Map<String, String> systemProperties;
        try (DumpRandomAccess reader = new DumpRandomAccess(dump, read.info().compression(), read.info().idSize(),
                shapes)) {
            systemProperties = SystemProperties.read(reader, index, shapes, classKeys, dir);
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        return new Built(read.info(), layout, warnings, nodeCount, second.edges, second.dangling, classes, sizes,
                classKeys, gcRoots, loaderClasses, systemProperties,
                mirrorNodes.stream().mapToInt(Integer::intValue).toArray(),
                mirrorClassIds.stream().map(classes::javaName).toList(),
                new AtomicReference<>(second.inDegree), shapes);
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
                loaderClassNumbers = Arrays.copyOf(loaderClassNumbers, n * 2);
            }
            loaderClassNumbers[n] = key > 0 && classes.isLoaderClass(key);
        }
        return n;
    }

    /** Lengths are stored as ~length for arrays, a non-negative marker for instances, CLASS_NODE for classes. */
    static final int INSTANCE_NODE = 0;
    static final int CLASS_NODE = Integer.MIN_VALUE;

    /** Pass 1: numbers nodes in dump order and writes id, class, payload position and length per node. */
    private final class FirstPass extends ClassCollector implements AutoCloseable {
        final ArrayFileWriter ids = new ArrayFileWriter(dir.resolve(GraphFiles.IDS));
        final ArrayFileWriter classOf = new ArrayFileWriter(dir.resolve(GraphFiles.CLASS_OF));
        final ArrayFileWriter position = new ArrayFileWriter(dir.resolve(GraphFiles.POSITION));
        final ArrayFileWriter length = new ArrayFileWriter(dir.resolve(GraphFiles.LENGTH));
        int nodes;
        long mirrorKey;
        final StackFrames frames = new StackFrames(GraphBuilder.this.classes);

        FirstPass() throws IOException {
            super(GraphBuilder.this.classes);
        }

        @Override
        public void loadClass(int serial, long classId, int traceSerial, long nameId) {
            super.loadClass(serial, classId, traceSerial, nameId);
            frames.classSerial(serial, classId);
        }

        @Override
        public void frame(long frameId, long methodNameId, long signatureId, long sourceFileId, int classSerial,
                          int line) {
            frames.frame(frameId, methodNameId, sourceFileId, classSerial, line);
        }

        @Override
        public void trace(int serial, int threadSerial, long[] frameIds) {
            frames.trace(threadSerial, frameIds);
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
        public void root(RootKind kind, long objectId, int threadSerial, int frameIndex) {
            roots.add(new long[]{kind.tag(), objectId, threadSerial, frameIndex});
        }

        @Override
        public void classDump(ClassDump dump) {
            super.classDump(dump);
            if (mirrorKey == 0) {
                long javaLangClass = classes.classIdOf("java/lang/Class");
                mirrorKey = javaLangClass != 0 ? javaLangClass : MIRROR_KEY;
            }
            mirrorNodes.add(nodes);
            mirrorClassIds.add(dump.id());
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

    /**
     * Pass 2: reads every reference and writes the outbound edges in node order. References are collected
     * as raw ids for a batch of nodes, then resolved to node numbers on all cores (the lookups are the costly
     * part), then written; references to ids the dump never defines are dropped and counted.
     */
    private final class SecondPass implements HprofVisitor, AutoCloseable {
        private static final int BATCH = 1 << 22;

        final NodeLookup index;
        final ClassSizes sizes;
        final ArrayFileWriter offsets = new ArrayFileWriter(dir.resolve(GraphFiles.OUT_OFFSETS));
        final ArrayFileWriter targets = new ArrayFileWriter(dir.resolve(GraphFiles.OUT_TARGETS));
        final ArrayFileWriter shallow = new ArrayFileWriter(dir.resolve(GraphFiles.SHALLOW));
        /** Inbound edges per node, counted as edges are written, for the transpose. */
        final int[] inDegree = new int[nodeCount];
        /** Id of the class object of each primitive array type ("[I"…), 0 where the dump lacks it. */
        final long[] primitiveArrayClassIds = new long[12];
        long[] batch = new long[BATCH];
        int[] resolved = new int[BATCH];
        /** Per node of the batch: where its references end in the batch. */
        int[] nodeEnds = new int[1 << 16];
        int batchSize;
        int batchNodes;
        int node;
        long edges;
        long dangling;
        /** Per class id seen: its facts, looked up without boxing (the class changes at nearly every object). */
        final LongIntMap classFacts = new LongIntMap(1 << 12);
        final List<int[]> factReferenceOffsets = new ArrayList<>();
        long[] factInstanceSize = new long[1024];
        boolean[] factIsLoader = new boolean[1024];
        /** Loader id → the classes it defined: the JVM keeps a class alive as long as its loader. */
        final Map<Long, List<Long>> classesByLoader = new HashMap<>();

        SecondPass(NodeLookup index, ClassSizes sizes) throws IOException {
            this.index = index;
            this.sizes = sizes;
            for (int type = BasicType.BOOLEAN; type <= BasicType.LONG; type++) {
                primitiveArrayClassIds[type] = classes.classIdOf("[" + BasicType.descriptor(type));
            }
            offsets.putLong(0);
            for (long classId : classes.classIds()) {
                ClassDump dump = classes.dump(classId);
                if (dump != null && dump.loaderId() != 0) {
                    classesByLoader.computeIfAbsent(dump.loaderId(), k -> new ArrayList<>()).add(classId);
                }
            }
        }

        private void reference(long id) {
            if (id == 0) {
                return;
            }
            if (batchSize == batch.length) {
                batch = Arrays.copyOf(batch, batch.length * 2); // one node larger than a batch
                resolved = new int[batch.length];
            }
            batch[batchSize++] = id;
        }

        /** Ends a node's references; flushes the batch when the next node might not fit. */
        private void endNode(long shallowSize) throws IOException {
            shallow.putLong(shallowSize);
            if (batchNodes == nodeEnds.length) {
                nodeEnds = Arrays.copyOf(nodeEnds, batchNodes * 2);
            }
            nodeEnds[batchNodes++] = batchSize;
            node++;
            if (batchSize > BATCH - (BATCH >> 3)) {
                flush();
            }
        }

        private void flush() throws IOException {
            int size = batchSize;
            int parts = Math.max(1, Runtime.getRuntime().availableProcessors());
            int step = (size + parts - 1) / parts;
            java.util.stream.IntStream.range(0, parts).parallel().forEach(p -> {
                int to = Math.min(size, (p + 1) * step);
                for (int i = p * step; i < to; i++) {
                    resolved[i] = index.find(batch[i]);
                }
            });
            // the file writes and the in-degree counts read the same resolved batch: one core each
            java.util.stream.IntStream.range(0, 2).parallel().forEach(task -> {
                if (task == 0) {
                    writeBatch();
                } else {
                    for (int i = 0; i < size; i++) {
                        int target = resolved[i];
                        if (target >= 0) {
                            inDegree[target]++;
                        }
                    }
                }
            });
            batchSize = 0;
            batchNodes = 0;
        }

        private void writeBatch() {
            try {
                int from = 0;
                for (int k = 0; k < batchNodes; k++) {
                    int to = nodeEnds[k];
                    for (int i = from; i < to; i++) {
                        int target = resolved[i];
                        if (target >= 0) {
                            targets.putInt(target);
                            edges++;
                        } else {
                            dangling++;
                        }
                    }
                    offsets.putLong(edges);
                    from = to;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public boolean wantsStrings() {
            return false;
        }

        @Override
        public void classDump(ClassDump dump) {
            try {
                reference(dump.superId());
                reference(dump.loaderId());
                for (int i = 0; i < dump.staticTypes().length; i++) {
                    if (dump.staticTypes()[i] == BasicType.OBJECT) {
                        reference(dump.staticValues()[i]);
                    }
                }
                endNode(sizes.mirrorSize(dump.id()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void instance(long id, long classId, long payloadLength, HprofInput payload) throws IOException {
            int fact = classFacts.get(classId);
            if (fact < 0) {
                fact = factReferenceOffsets.size();
                classFacts.put(classId, fact);
                factReferenceOffsets.add(sizes.referenceOffsets(classId));
                if (fact == factInstanceSize.length) {
                    factInstanceSize = Arrays.copyOf(factInstanceSize, fact * 2);
                    factIsLoader = Arrays.copyOf(factIsLoader, fact * 2);
                }
                factInstanceSize[fact] = sizes.instanceSize(classId);
                factIsLoader[fact] = classes.isLoaderClass(classId);
            }
            int[] referenceOffsets = factReferenceOffsets.get(fact);
            reference(classId);
            if (factIsLoader[fact]) {
                for (long defined : classesByLoader.getOrDefault(id, List.of())) {
                    reference(defined);
                }
            }
            int at = 0;
            int idSize = payload.idSize();
            for (int offset : referenceOffsets) {
                if (offset + idSize > payloadLength) {
                    break; // fewer field bytes than the class declares: a damaged record
                }
                payload.skip(offset - at, "instance field");
                reference(payload.id("reference field"));
                at = offset + idSize;
            }
            endNode(factInstanceSize[fact]);
        }

        @Override
        public void objectArray(long id, long arrayClassId, int length, HprofInput elements) throws IOException {
            reference(arrayClassId);
            for (int i = 0; i < length; i++) {
                reference(elements.id("array element"));
            }
            endNode(sizes.arraySize(BasicType.OBJECT, length & 0xFFFFFFFFL));
        }

        @Override
        public void primitiveArray(long id, int elementType, int length, HprofInput elements) throws IOException {
            reference(primitiveArrayClassIds[elementType]);
            endNode(sizes.arraySize(elementType, length & 0xFFFFFFFFL));
        }

        @Override
        public void close() throws IOException {
            flush();
            offsets.close();
            targets.close();
            shallow.close();
        }
    }

    /**
     * Writes the inbound edges from the counts per target: prefix sums, then every edge placed at its target's
     * row, sources in ascending order. Runs on one core while the dominator search, which needs only the
     * outbound edges, runs on another.
     */
    static void transpose(Path dir, int nodeCount, long edgeCount, int[] cursor) throws IOException {
        MappedArray outOffsets = MappedArray.open(dir.resolve(GraphFiles.OUT_OFFSETS), 8);
        MappedArray outTargets = MappedArray.open(dir.resolve(GraphFiles.OUT_TARGETS), 4);
        MappedArray inOffsets = MappedArray.create(dir.resolve(GraphFiles.IN_OFFSETS), nodeCount + 1L, 8);
        // below 2^31 edges the cursor holds each row's absolute write position, saving a read per edge
        boolean absolute = edgeCount <= Integer.MAX_VALUE;
        long sum = 0;
        for (int v = 0; v < nodeCount; v++) {
            inOffsets.setLong(v, sum);
            long degree = cursor[v];
            cursor[v] = absolute ? (int) sum : 0;
            sum += degree;
        }
        inOffsets.setLong(nodeCount, sum);
        MappedArray inTargets = MappedArray.create(dir.resolve(GraphFiles.IN_TARGETS), edgeCount, 4);
        for (int v = 0; v < nodeCount; v++) {
            long end = outOffsets.getLong(v + 1L);
            for (long e = outOffsets.getLong(v); e < end; e++) {
                int target = outTargets.getInt(e);
                inTargets.setInt(absolute ? cursor[target]++ : inOffsets.getLong(target) + cursor[target]++, v);
            }
        }
    }

    /** Name of a class key for the class table. */
    static String className(DumpClasses classes, long key) {
        if (key == MIRROR_KEY) {
            return "java.lang.Class";
        }
        if (key < 0) {
            return BasicType.javaName((int) -key) + "[]";
        }
        return classes.javaName(key);
    }

    /** A root's node, or {@link HeapIndex#NOT_FOUND} when the dump never dumped the object it names. */
    private static int rootNode(NodeLookup index, long id) {
        int node = index.find(id);
        return node < 0 ? HeapIndex.NOT_FOUND : node;
    }
}
