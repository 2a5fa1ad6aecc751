package heapwhy.layout.rules;

import heapwhy.hprof.BasicType;
import heapwhy.layout.HeapLayout;

import java.util.Map;

/**
 * Infers the object layout of the dumped JVM. HotSpot dumps the static fields of
 * {@code jdk.internal.misc.Unsafe}, whose array base offsets and reference index scale are exactly the
 * layout in force; object alignment shows in the low bits of object addresses.
 */
public final class LayoutInference {
    /** Below this many objects, address bits say too little about alignment. */
    private static final long MIN_OBJECTS_FOR_ALIGNMENT = 1000;
    private static final String[] BASE_FIELDS = new String[12];

    static {
        BASE_FIELDS[BasicType.OBJECT] = "ARRAY_OBJECT_BASE_OFFSET";
        BASE_FIELDS[BasicType.BOOLEAN] = "ARRAY_BOOLEAN_BASE_OFFSET";
        BASE_FIELDS[BasicType.CHAR] = "ARRAY_CHAR_BASE_OFFSET";
        BASE_FIELDS[BasicType.FLOAT] = "ARRAY_FLOAT_BASE_OFFSET";
        BASE_FIELDS[BasicType.DOUBLE] = "ARRAY_DOUBLE_BASE_OFFSET";
        BASE_FIELDS[BasicType.BYTE] = "ARRAY_BYTE_BASE_OFFSET";
        BASE_FIELDS[BasicType.SHORT] = "ARRAY_SHORT_BASE_OFFSET";
        BASE_FIELDS[BasicType.INT] = "ARRAY_INT_BASE_OFFSET";
        BASE_FIELDS[BasicType.LONG] = "ARRAY_LONG_BASE_OFFSET";
    }

    private LayoutInference() {
    }

    /**
     * @param idSize the dump's id size (4 means a 32-bit JVM)
     * @param unsafeStatics the int static fields of jdk.internal.misc.Unsafe by name, empty when absent
     * @param objectIdBits bitwise OR of all object ids seen
     * @param objectCount number of objects whose ids went into {@code objectIdBits}
     */
    public static HeapLayout infer(int idSize, Map<String, Long> unsafeStatics, long objectIdBits, long objectCount) {
        int alignment = alignment(objectIdBits, objectCount);
        int[] bases = new int[12];
        if (idSize == 4) {
            for (int t = BasicType.OBJECT; t <= BasicType.LONG; t++) {
                bases[t] = t == BasicType.LONG || t == BasicType.DOUBLE ? 16 : 12;
            }
            return new HeapLayout(8, 4, alignment, bases, "32-bit JVM");
        }
        Long scale = unsafeStatics.get("ARRAY_OBJECT_INDEX_SCALE");
        Long byteBase = unsafeStatics.get("ARRAY_BYTE_BASE_OFFSET");
        if (scale != null && byteBase != null && (scale == 4 || scale == 8) && byteBase >= 8 && byteBase <= 32) {
            for (int t = BasicType.OBJECT; t <= BasicType.LONG; t++) {
                Long base = BASE_FIELDS[t] == null ? null : unsafeStatics.get(BASE_FIELDS[t]);
                bases[t] = base != null && base >= 8 && base <= 32 ? base.intValue() : byteBase.intValue();
            }
            int header = byteBase == 16 ? 12 : byteBase < 16 ? 8 : 16;
            return new HeapLayout(header, scale.intValue(), alignment, bases, "from Unsafe's static fields");
        }
        for (int t = BasicType.OBJECT; t <= BasicType.LONG; t++) {
            bases[t] = 16;
        }
        return new HeapLayout(12, 4, alignment, bases, "assumed: the dump has no Unsafe static fields");
    }

    private static int alignment(long bits, long count) {
        if (count < MIN_OBJECTS_FOR_ALIGNMENT || bits == 0) {
            return 8;
        }
        return (int) Math.min(256, Math.max(8, Long.lowestOneBit(bits)));
    }
}
