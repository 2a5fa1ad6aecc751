package heapwhy.testdumps.synthetic;

/**
 * A typed value as the dump stores it (static fields, constant pool entries, instance fields). The bits are
 * the value's big-endian representation right-aligned in a long, so every type is written the same way.
 */
public record Value(BasicType type, long bits) {
    public Value {
        if (type == null) {
            throw new NullPointerException("type");
        }
    }

    public static Value ofObject(long id) {
        return new Value(BasicType.OBJECT, id);
    }

    public static Value ofBoolean(boolean v) {
        return new Value(BasicType.BOOLEAN, v ? 1 : 0);
    }

    public static Value ofChar(char v) {
        return new Value(BasicType.CHAR, v);
    }

    public static Value ofFloat(float v) {
        return new Value(BasicType.FLOAT, Float.floatToRawIntBits(v) & 0xFFFF_FFFFL);
    }

    public static Value ofDouble(double v) {
        return new Value(BasicType.DOUBLE, Double.doubleToRawLongBits(v));
    }

    public static Value ofByte(byte v) {
        return new Value(BasicType.BYTE, v & 0xFFL);
    }

    public static Value ofShort(short v) {
        return new Value(BasicType.SHORT, v & 0xFFFFL);
    }

    public static Value ofInt(int v) {
        return new Value(BasicType.INT, v & 0xFFFF_FFFFL);
    }

    public static Value ofLong(long v) {
        return new Value(BasicType.LONG, v);
    }

    /** The zero (or null) value of a type: what unset fields hold. */
    public static Value zero(BasicType type) {
        return new Value(type, 0);
    }
}
