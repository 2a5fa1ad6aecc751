package heapwhy.histogram;

import heapwhy.hprof.BasicType;
import heapwhy.hprof.ClassDump;
import heapwhy.hprof.HprofInput;
import heapwhy.hprof.HprofReader;
import heapwhy.hprof.HprofVisitor;
import heapwhy.layout.FieldLayouts;
import heapwhy.layout.HeapLayout;
import heapwhy.layout.HiddenFields;
import heapwhy.layout.LayoutInference;
import heapwhy.util.LongIntMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts objects per class while the dump streams past. Memory depends on the number of classes and
 * strings, never on the number of objects: arrays are summed as counts, total lengths and lengths modulo
 * 64, which is enough to compute their aligned sizes exactly once the layout is known at the end.
 */
final class HistogramBuilder implements HprofVisitor {
    private static final int MOD = 64;
    private static final String CLASS_LOADER = "java/lang/ClassLoader";

    private final LongIntMap stringIndex = new LongIntMap(1 << 14);
    private final List<byte[]> strings = new ArrayList<>();
    private final LongIntMap classSlots = new LongIntMap(1 << 12);
    private final List<ClassSlot> slots = new ArrayList<>();
    private final LongIntMap loaderClassSlots = new LongIntMap(64);
    private final InstanceCounts instanceCounts = new InstanceCounts(classId -> isLoaderClass(slot(classId)));
    private final long[] primitiveCounts = new long[12];
    private final long[] primitiveLengths = new long[12];
    private final long[][] primitiveModuli = new long[12][MOD];
    private long lastClassId = Long.MIN_VALUE;
    private ClassSlot lastSlot;
    private long objectIdBits;
    private long objectCount;
    private int classDumps;

    /** Everything known about one class id. */
    private static final class ClassSlot {
        final long id;
        long nameId = -1;
        ClassDump dump;
        long count;
        long lengths;
        long[] moduli;

        ClassSlot(long id) {
            this.id = id;
        }
    }

    private ClassSlot slot(long classId) {
        if (classId == lastClassId) {
            return lastSlot;
        }
        int index = classSlots.get(classId);
        ClassSlot slot;
        if (index < 0) {
            slot = new ClassSlot(classId);
            classSlots.put(classId, slots.size());
            slots.add(slot);
        } else {
            slot = slots.get(index);
        }
        lastClassId = classId;
        lastSlot = slot;
        return slot;
    }

    @Override
    public void utf8(long id, byte[] modifiedUtf8) {
        stringIndex.put(id, strings.size());
        strings.add(modifiedUtf8);
    }

    @Override
    public void loadClass(int serial, long classId, int traceSerial, long nameId) {
        slot(classId).nameId = nameId;
    }

    @Override
    public void classDump(ClassDump dump) {
        slot(dump.id()).dump = dump;
        classDumps++;
    }

    @Override
    public void instance(long id, long classId, long payloadLength, HprofInput payload) {
        objectIdBits |= id;
        objectCount++;
        if (instanceCounts.add(classId)) {
            loaderClassSlots.put(id, classSlots.get(classId));
        }
    }

    @Override
    public void objectArray(long id, long arrayClassId, int length, HprofInput elements) {
        ClassSlot slot = slot(arrayClassId);
        if (slot.moduli == null) {
            slot.moduli = new long[MOD];
        }
        slot.count++;
        slot.lengths += length & 0xFFFFFFFFL;
        slot.moduli[length & (MOD - 1)]++;
        objectIdBits |= id;
        objectCount++;
    }

    @Override
    public void primitiveArray(long id, int elementType, int length, HprofInput elements) {
        primitiveCounts[elementType]++;
        primitiveLengths[elementType] += length & 0xFFFFFFFFL;
        primitiveModuli[elementType][length & (MOD - 1)]++;
        objectIdBits |= id;
        objectCount++;
    }

    private boolean isLoaderClass(ClassSlot slot) {
        ClassSlot s = slot;
        for (int depth = 0; s != null && depth < 64; depth++) {
            if (CLASS_LOADER.equals(name(s))) {
                return true;
            }
            if (s.dump == null || s.dump.superId() == 0) {
                return false;
            }
            int index = classSlots.get(s.dump.superId());
            s = index < 0 ? null : slots.get(index);
        }
        return false;
    }

    private String string(long id) {
        int index = stringIndex.get(id);
        return index < 0 ? null : HprofReader.decode(strings.get(index));
    }

    private String name(ClassSlot slot) {
        return slot.nameId < 0 ? null : string(slot.nameId);
    }

    /** Builds the histogram once the whole dump was read. */
    ClassHistogram finish(HprofReader.Result read) {
        instanceCounts.forEach((classId, count) -> slot(classId).count += count);
        HeapLayout layout = LayoutInference.infer(read.info().idSize(), unsafeStatics(), objectIdBits, objectCount);
        Map<Long, FieldLayouts.Placed> placed = new HashMap<>();
        List<String> warnings = new ArrayList<>(read.warnings());
        List<ClassEntry> raw = new ArrayList<>();
        int unknownClassSlots = 0;
        ClassSlot javaLangClass = null;
        for (ClassSlot slot : slots) {
            if ("java/lang/Class".equals(name(slot))) {
                javaLangClass = slot;
            }
        }
        for (ClassSlot slot : slots) {
            if (slot.count == 0 && slot != javaLangClass) {
                continue;
            }
            String internal = name(slot);
            if (internal == null) {
                unknownClassSlots++;
            }
            String name = internal == null ? "unknown class 0x" + Long.toHexString(slot.id) : ClassNames.toJava(internal);
            long bytes;
            long count = slot.count;
            if (slot.moduli != null) {
                bytes = arrayBytes(layout, layout.referenceBytes(), layout.arrayBaseOffset(BasicType.OBJECT),
                        slot.count, slot.lengths, slot.moduli);
            } else {
                bytes = count * instanceSize(slot, layout, placed);
                if (slot == javaLangClass) {
                    count += classDumps;
                    bytes += mirrorBytes(layout, placed, slot);
                }
            }
            raw.add(new ClassEntry(name, loaderOf(slot), false, count, bytes));
        }
        for (int type = BasicType.BOOLEAN; type <= BasicType.LONG; type++) {
            if (primitiveCounts[type] > 0) {
                raw.add(new ClassEntry(BasicType.javaName(type) + "[]", null, false, primitiveCounts[type],
                        arrayBytes(layout, BasicType.size(type, 8), layout.arrayBaseOffset(type),
                                primitiveCounts[type], primitiveLengths[type], primitiveModuli[type])));
            }
        }
        if (unknownClassSlots > 0) {
            warnings.add(unknownClassSlots + " classes of dumped objects have no name in the dump;"
                    + " they are shown as \"unknown class 0x…\"");
        }
        return new ClassHistogram(read.info(), layout, markSharedNames(raw), warnings);
    }

    private static List<ClassEntry> markSharedNames(List<ClassEntry> raw) {
        Map<String, Integer> seen = new HashMap<>();
        for (ClassEntry e : raw) {
            seen.merge(e.name(), 1, Integer::sum);
        }
        List<ClassEntry> out = new ArrayList<>(raw.size());
        for (ClassEntry e : raw) {
            boolean shared = seen.get(e.name()) > 1;
            out.add(shared ? new ClassEntry(e.name(), e.loader(), true, e.count(), e.shallowBytes()) : e);
        }
        out.sort((a, b) -> a.shallowBytes() != b.shallowBytes() ? Long.compare(b.shallowBytes(), a.shallowBytes())
                : a.displayName().compareTo(b.displayName()));
        return out;
    }

    /** "LoaderClass@0xid" for the loader that defined the class, null for the boot loader. */
    private String loaderOf(ClassSlot slot) {
        if (slot.dump == null || slot.dump.loaderId() == 0) {
            return null;
        }
        long loaderId = slot.dump.loaderId();
        int loaderClass = loaderClassSlots.get(loaderId);
        String loaderName = loaderClass < 0 ? null : name(slots.get(loaderClass));
        return (loaderName == null ? "loader" : ClassNames.toJava(loaderName)) + "@0x" + Long.toHexString(loaderId);
    }

    /**
     * Sum of aligned array sizes: base plus elements, each rounded up to the alignment. The padding of an
     * array depends only on its length modulo 64 (alignments up to 64 bytes).
     */
    private static long arrayBytes(HeapLayout layout, int elementSize, int base, long count, long lengths,
                                   long[] moduli) {
        long total = count * base + lengths * elementSize;
        for (int r = 0; r < MOD; r++) {
            if (moduli[r] != 0) {
                long raw = base + (long) r * elementSize;
                total += moduli[r] * (layout.align(raw) - raw);
            }
        }
        return total;
    }

    private long instanceSize(ClassSlot slot, HeapLayout layout, Map<Long, FieldLayouts.Placed> placed) {
        return placed(slot, layout, placed, 0).instanceSize(layout.objectAlignment());
    }

    private FieldLayouts.Placed placed(ClassSlot slot, HeapLayout layout, Map<Long, FieldLayouts.Placed> placed,
                                      int depth) {
        FieldLayouts.Placed known = placed.get(slot.id);
        if (known != null) {
            return known;
        }
        FieldLayouts.Placed result;
        if (slot.dump == null || depth > 256) {
            result = FieldLayouts.root(layout.headerBytes());
        } else {
            int superIndex = slot.dump.superId() == 0 ? -1 : classSlots.get(slot.dump.superId());
            FieldLayouts.Placed superPlaced = superIndex < 0 ? FieldLayouts.root(layout.headerBytes())
                    : placed(slots.get(superIndex), layout, placed, depth + 1);
            String name = name(slot);
            Set<String> fieldNames = fieldNames(slot.dump);
            result = FieldLayouts.place(superPlaced,
                    HiddenFields.withInjected(name, slot.dump.fieldTypes(), fieldNames),
                    layout.headerBytes(), layout.referenceBytes());
            int padding = HiddenFields.contendedPadding(name, fieldNames);
            if (padding > 0) {
                result = result.withReserved(padding);
            }
        }
        placed.put(slot.id, result);
        return result;
    }

    private Set<String> fieldNames(ClassDump dump) {
        Set<String> names = new HashSet<>();
        for (long id : dump.fieldNameIds()) {
            String fieldName = string(id);
            if (fieldName != null) {
                names.add(fieldName);
            }
        }
        return names;
    }

    /**
     * Class mirrors are java.lang.Class instances with the class's static fields placed after the
     * instance part, so each mirror has its own size.
     */
    private long mirrorBytes(HeapLayout layout, Map<Long, FieldLayouts.Placed> placed, ClassSlot javaLangClass) {
        int staticsStart = placed(javaLangClass, layout, placed, 0).instanceSize(layout.objectAlignment());
        FieldLayouts.Placed base = FieldLayouts.root(staticsStart);
        long total = 0;
        for (ClassSlot slot : slots) {
            if (slot.dump == null) {
                continue;
            }
            byte[] types = slot.dump.staticTypes();
            byte[] real = new byte[types.length];
            int n = 0;
            for (int i = 0; i < types.length; i++) {
                String fieldName = string(slot.dump.staticNameIds()[i]);
                if (fieldName == null || !fieldName.startsWith("<")) {
                    real[n++] = types[i]; // skips the dumper's pseudo-statics <resolved_references>, <init_lock>
                }
            }
            total += FieldLayouts.place(base, Arrays.copyOf(real, n), staticsStart, layout.referenceBytes())
                    .instanceSize(layout.objectAlignment());
        }
        return total;
    }

    private Map<String, Long> unsafeStatics() {
        Map<String, Long> values = new HashMap<>();
        for (ClassSlot slot : slots) {
            String name = name(slot);
            if (slot.dump != null && "jdk/internal/misc/Unsafe".equals(name)) {
                for (int i = 0; i < slot.dump.staticTypes().length; i++) {
                    int type = slot.dump.staticTypes()[i];
                    if (type == BasicType.INT || type == BasicType.LONG) { // JDK 23+ made the offsets long
                        String field = string(slot.dump.staticNameIds()[i]);
                        if (field != null) {
                            values.put(field, slot.dump.staticValues()[i]);
                        }
                    }
                }
            }
        }
        return values;
    }
}
