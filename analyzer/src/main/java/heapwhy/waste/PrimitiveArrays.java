package heapwhy.waste;

import java.util.Set;

/** The names of primitive array classes as the index gives them. */
final class PrimitiveArrays {
    private static final Set<String> NAMES = Set.of("boolean[]", "char[]", "float[]", "double[]", "byte[]",
            "short[]", "int[]", "long[]");

    private PrimitiveArrays() {
    }

    static boolean isPrimitive(String className) {
        return NAMES.contains(className);
    }
}
