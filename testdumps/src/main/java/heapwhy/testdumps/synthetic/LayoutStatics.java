package heapwhy.testdumps.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The static ints of {@code jdk/internal/misc/Unsafe} from which analyzers infer the object layout of a real
 * HotSpot dump. {@link SyntheticHeap} writes them as that class's statics and also uses them to space object
 * addresses by the objects' real sizes.
 *
 * @param addressSize      ADDRESS_SIZE (8 on a 64-bit JVM)
 * @param objectIndexScale ARRAY_OBJECT_INDEX_SCALE: 4 with compressed oops, 8 without
 */
public record LayoutStatics(int addressSize, int objectIndexScale, int booleanBaseOffset, int byteBaseOffset,
                            int shortBaseOffset, int charBaseOffset, int intBaseOffset, int longBaseOffset,
                            int floatBaseOffset, int doubleBaseOffset, int objectBaseOffset) {

    /** The default 64-bit JVM: compressed oops and compressed class pointers. */
    public static LayoutStatics compressed() {
        return uniform(4, 16);
    }

    /** -XX:-UseCompressedOops (heaps above ~32 GB): 8-byte references, compressed class pointers kept. */
    public static LayoutStatics uncompressedOops() {
        return uniform(8, 16);
    }

    /** -XX:-UseCompressedClassPointers on JDK 17: 16-byte headers, every array base at 24. */
    public static LayoutStatics uncompressedClassPointers() {
        return uniform(4, 24);
    }

    /** Every array base offset the same. */
    public static LayoutStatics uniform(int objectIndexScale, int baseOffset) {
        return new LayoutStatics(8, objectIndexScale, baseOffset, baseOffset, baseOffset, baseOffset, baseOffset,
                baseOffset, baseOffset, baseOffset, baseOffset);
    }

    public int arrayBaseOffset(BasicType elementType) {
        return switch (elementType) {
            case BOOLEAN -> booleanBaseOffset;
            case BYTE -> byteBaseOffset;
            case SHORT -> shortBaseOffset;
            case CHAR -> charBaseOffset;
            case INT -> intBaseOffset;
            case LONG -> longBaseOffset;
            case FLOAT -> floatBaseOffset;
            case DOUBLE -> doubleBaseOffset;
            case OBJECT -> objectBaseOffset;
        };
    }

    /** Element size in the JVM (references at the index scale, not at the dump's id size). */
    public int elementSize(BasicType type) {
        return type == BasicType.OBJECT ? objectIndexScale : type.size(8);
    }

    /** The instance header size these offsets imply: 12 with compressed class pointers, 16 without. */
    public int instanceHeaderSize() {
        int b = byteBaseOffset;
        if (b == 16) {
            return 12;
        }
        if (b == 20 || b == 24) {
            return 16;
        }
        return Math.max(8, b - 4);
    }

    /** The static fields as written in the Unsafe class dump, in order. */
    public Map<String, Integer> asStatics() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("ADDRESS_SIZE", addressSize);
        m.put("ARRAY_BOOLEAN_BASE_OFFSET", booleanBaseOffset);
        m.put("ARRAY_BYTE_BASE_OFFSET", byteBaseOffset);
        m.put("ARRAY_SHORT_BASE_OFFSET", shortBaseOffset);
        m.put("ARRAY_CHAR_BASE_OFFSET", charBaseOffset);
        m.put("ARRAY_INT_BASE_OFFSET", intBaseOffset);
        m.put("ARRAY_LONG_BASE_OFFSET", longBaseOffset);
        m.put("ARRAY_FLOAT_BASE_OFFSET", floatBaseOffset);
        m.put("ARRAY_DOUBLE_BASE_OFFSET", doubleBaseOffset);
        m.put("ARRAY_OBJECT_BASE_OFFSET", objectBaseOffset);
        m.put("ARRAY_BOOLEAN_INDEX_SCALE", 1);
        m.put("ARRAY_BYTE_INDEX_SCALE", 1);
        m.put("ARRAY_SHORT_INDEX_SCALE", 2);
        m.put("ARRAY_CHAR_INDEX_SCALE", 2);
        m.put("ARRAY_INT_INDEX_SCALE", 4);
        m.put("ARRAY_LONG_INDEX_SCALE", 8);
        m.put("ARRAY_FLOAT_INDEX_SCALE", 4);
        m.put("ARRAY_DOUBLE_INDEX_SCALE", 8);
        m.put("ARRAY_OBJECT_INDEX_SCALE", objectIndexScale);
        return m;
    }
}
