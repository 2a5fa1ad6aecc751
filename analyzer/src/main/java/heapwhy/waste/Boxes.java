package heapwhy.waste;

import heapwhy.hprof.BasicType;

import java.util.Map;

/** The JDK's boxed numbers: the primitive each holds, and which values the JDK caches (valueOf shares them). */
final class Boxes {
    private static final Map<String, Integer> PRIMITIVE = Map.of(
            "java.lang.Long", BasicType.LONG,
            "java.lang.Integer", BasicType.INT,
            "java.lang.Double", BasicType.DOUBLE,
            "java.lang.Float", BasicType.FLOAT,
            "java.lang.Short", BasicType.SHORT,
            "java.lang.Byte", BasicType.BYTE,
            "java.lang.Character", BasicType.CHAR);

    private Boxes() {
    }

    static boolean isBox(String className) {
        return PRIMITIVE.containsKey(className);
    }

    /** The basic type ({@link BasicType}) a box class holds. */
    static int primitive(String className) {
        return PRIMITIVE.get(className);
    }

    /**
     * Whether valueOf returns a shared box for the value: -128..127 for Long, Integer, Short and Byte, 0..127
     * for Character (the JLS's minimum; Integer's cache can be made bigger with
     * -XX:AutoBoxCacheMax, which a dump does not tell, so a bigger cache is not assumed); never for Double
     * and Float. {@code value} is the field as the dump holds it, read at the box's width (signed or not, the same).
     */
    static boolean isCached(int basicType, long value) {
        return switch (basicType) {
            case BasicType.BYTE -> true; // every byte value is cached
            case BasicType.SHORT -> (short) value >= -128 && (short) value <= 127;
            case BasicType.INT -> (int) value >= -128 && (int) value <= 127;
            case BasicType.LONG -> value >= -128 && value <= 127;
            case BasicType.CHAR -> (value & 0xFFFF) <= 127;
            default -> false;
        };
    }
}
