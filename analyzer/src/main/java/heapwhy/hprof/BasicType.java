package heapwhy.hprof;

/** HPROF basic type codes and their sizes in the dump. */
public final class BasicType {
    public static final int OBJECT = 2;
    public static final int BOOLEAN = 4;
    public static final int CHAR = 5;
    public static final int FLOAT = 6;
    public static final int DOUBLE = 7;
    public static final int BYTE = 8;
    public static final int SHORT = 9;
    public static final int INT = 10;
    public static final int LONG = 11;

    private static final String[] JAVA_NAMES = {null, null, "java.lang.Object", null, "boolean", "char", "float",
        "double", "byte", "short", "int", "long"};

    private BasicType() {
    }

    public static boolean isValid(int type) {
        return type == OBJECT || (type >= BOOLEAN && type <= LONG);
    }

    public static boolean isPrimitive(int type) {
        return type >= BOOLEAN && type <= LONG;
    }

    /** Size of a value of this type in the dump (and in the JVM, except references). */
    public static int size(int type, int idSize) {
        return switch (type) {
            case OBJECT -> idSize;
            case BOOLEAN, BYTE -> 1;
            case CHAR, SHORT -> 2;
            case FLOAT, INT -> 4;
            case DOUBLE, LONG -> 8;
            default -> throw new IllegalArgumentException("not a basic type: " + type);
        };
    }

    /** The JVM descriptor letter of a primitive type ('I' for int), as in array class names like "[I". */
    public static char descriptor(int type) {
        return switch (type) {
            case BOOLEAN -> 'Z';
            case CHAR -> 'C';
            case FLOAT -> 'F';
            case DOUBLE -> 'D';
            case BYTE -> 'B';
            case SHORT -> 'S';
            case INT -> 'I';
            case LONG -> 'J';
            default -> throw new IllegalArgumentException("not a primitive type: " + type);
        };
    }

    /** Java name of a primitive type ("int"), or of Object for type 2. */
    public static String javaName(int type) {
        return isValid(type) ? JAVA_NAMES[type] : "type#" + type;
    }
}
