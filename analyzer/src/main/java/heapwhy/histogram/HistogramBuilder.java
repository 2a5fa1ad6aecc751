package heapwhy.histogram;

import heapwhy.classes.ClassCollector;
import heapwhy.classes.ClassSizes;
import heapwhy.classes.DumpClasses;
import heapwhy.hprof.BasicType;
import heapwhy.hprof.reader.HprofInput;
import heapwhy.hprof.reader.HprofReader;
import heapwhy.layout.HeapLayout;
import heapwhy.layout.rules.LayoutInference;
import heapwhy.store.LongIntMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts objects per class while the dump streams past. Memory depends on the number of classes and
 * strings, never on the number of objects: arrays are summed as counts, total lengths and lengths modulo
 * 64, which is enough to compute their aligned sizes exactly once the layout is known at the end.
 */
final class HistogramBuilder extends ClassCollector {
    private static final int MOD = 64;

    private final InstanceCounts instanceCounts = new InstanceCounts(classes::isLoaderClass);
    /** Object-array counters per array class id. */
    private final Map<Long, ArrayCounts> objectArrays = new HashMap<>();
    private final ArrayCounts[] primitiveArrays = new ArrayCounts[12];
    /** Class loader object id → the loader's class id, to name loaders. */
    private final Map<Long, Long> loaderClasses = new HashMap<>();
    private long lastArrayClassId = Long.MIN_VALUE;
    private ArrayCounts lastArrayCounts;
    private long objectIdBits;
    private long objectCount;

    /** Count, total length and lengths modulo 64 of the arrays of one class. */
    private static final class ArrayCounts {
        long count;
        long lengths;
        final long[] moduli = new long[MOD];

        void add(int length) {
            count++;
            lengths += length & 0xFFFFFFFFL;
            moduli[length & (MOD - 1)]++;
        }

        /**
         * Sum of aligned array sizes: base plus elements, each rounded up to the alignment. The padding of
         * an array depends only on its length modulo 64 (alignments up to 64 bytes).
         */
        long bytes(HeapLayout layout, int elementSize, int base) {
            long total = count * base + lengths * elementSize;
            for (int r = 0; r < MOD; r++) {
                if (moduli[r] != 0) {
                    long raw = base + (long) r * elementSize;
                    total += moduli[r] * (layout.align(raw) - raw);
                }
            }
            return total;
        }
    }

    HistogramBuilder() {
        super(new DumpClasses());
    }

    @Override
    public void instance(long id, long classId, long payloadLength, HprofInput payload) {
        objectIdBits |= id;
        objectCount++;
        if (instanceCounts.add(classId)) {
            loaderClasses.put(id, classId);
        }
    }

    @Override
    public void objectArray(long id, long arrayClassId, int length, HprofInput elements) {
        if (arrayClassId != lastArrayClassId) {
            lastArrayCounts = objectArrays.computeIfAbsent(arrayClassId, k -> new ArrayCounts());
            lastArrayClassId = arrayClassId;
        }
        lastArrayCounts.add(length);
        objectIdBits |= id;
        objectCount++;
    }

    @Override
    public void primitiveArray(long id, int elementType, int length, HprofInput elements) {
        if (primitiveArrays[elementType] == null) {
            primitiveArrays[elementType] = new ArrayCounts();
        }
        primitiveArrays[elementType].add(length);
        objectIdBits |= id;
        objectCount++;
    }

    /** Builds the histogram once the whole dump was read. */
    ClassHistogram finish(HprofReader.Result read) {
        HeapLayout layout = LayoutInference.infer(read.info().idSize(), classes.unsafeStatics(), objectIdBits,
                objectCount);
        ClassSizes sizes = new ClassSizes(classes, layout, read.info().idSize());
        List<String> warnings = new ArrayList<>(read.warnings());
        List<ClassEntry> raw = new ArrayList<>();
        long javaLangClass = classes.classIdOf("java/lang/Class");
        Map<Long, long[]> countsAndBytes = new HashMap<>();
        instanceCounts.forEach((classId, count) ->
                countsAndBytes.put(classId, new long[]{count, count * sizes.instanceSize(classId)}));
        objectArrays.forEach((classId, arrays) -> countsAndBytes.merge(classId, new long[]{arrays.count,
                arrays.bytes(layout, layout.referenceBytes(), layout.arrayBaseOffset(BasicType.OBJECT))}, ClassHistogramMath::add));
        if (javaLangClass != 0) {
            long mirrors = 0;
            for (long classId : classes.classIds()) {
                if (classes.dump(classId) != null) {
                    mirrors += sizes.mirrorSize(classId);
                }
            }
            countsAndBytes.merge(javaLangClass, new long[]{classes.classDumpCount(), mirrors}, ClassHistogramMath::add);
        }
        int unnamed = 0;
        for (Map.Entry<Long, long[]> e : countsAndBytes.entrySet()) {
            long classId = e.getKey();
            if (classes.internalName(classId) == null) {
                unnamed++;
            }
            raw.add(new ClassEntry(classes.javaName(classId), classes.loaderOf(classId, loaderClasses), false, e.getValue()[0],
                    e.getValue()[1]));
        }
        for (int type = BasicType.BOOLEAN; type <= BasicType.LONG; type++) {
            ArrayCounts arrays = primitiveArrays[type];
            if (arrays != null) {
                raw.add(new ClassEntry(BasicType.javaName(type) + "[]", null, false, arrays.count,
                        arrays.bytes(layout, BasicType.size(type, 8), layout.arrayBaseOffset(type))));
            }
        }
        if (unnamed > 0) {
            warnings.add(unnamed + " classes of dumped objects have no name in the dump;"
                    + " they are shown as \"unknown class 0x…\"");
        }
        return new ClassHistogram(read.info(), layout, ClassHistogramMath.markSharedNames(raw), warnings);
    }
}
