package heapwhy.testdumps.synthetic;

/** HPROF basic types, with the type codes the format uses in CLASS_DUMP and PRIM_ARRAY_DUMP. */
public enum BasicType {
    OBJECT(2, 0, 'L'),
    BOOLEAN(4, 1, 'Z'),
    CHAR(5, 2, 'C'),
    FLOAT(6, 4, 'F'),
    DOUBLE(7, 8, 'D'),
    BYTE(8, 1, 'B'),
    SHORT(9, 2, 'S'),
    INT(10, 4, 'I'),
    LONG(11, 8, 'J');

    private final int code;
    private final int primitiveSize;
    private final char descriptor;

    BasicType(int code, int primitiveSize, char descriptor) {
        this.code = code;
        this.primitiveSize = primitiveSize;
        this.descriptor = descriptor;
    }

    /** The type code written in the dump. */
    public int code() {
        return code;
    }

    /** Bytes a value of this type takes in the dump; references take the id size. */
    public int size(int idSize) {
        return this == OBJECT ? idSize : primitiveSize;
    }

    public boolean isPrimitive() {
        return this != OBJECT;
    }

    /** The JVM name of the array class with this element type, e.g. {@code [I}; not defined for OBJECT. */
    public String primitiveArrayClassName() {
        if (this == OBJECT) {
            throw new IllegalArgumentException("object arrays name their element class: [Lpkg/Name;");
        }
        return "[" + descriptor;
    }

    public static BasicType fromCode(int code) {
        for (BasicType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an HPROF basic type code: " + code);
    }
}
