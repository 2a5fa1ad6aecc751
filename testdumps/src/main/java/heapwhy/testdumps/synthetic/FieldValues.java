package heapwhy.testdumps.synthetic;

/**
 * Builds the raw field bytes of an INSTANCE_DUMP for the low-level writer: values in payload order (own class
 * first, then each superclass), references at the id size.
 */
public final class FieldValues {
    private final Bytes out;

    public FieldValues(int idSize) {
        HprofWriter.checkIdSize(idSize);
        out = new Bytes(idSize);
    }

    public FieldValues add(Value v) {
        out.value(v);
        return this;
    }

    public FieldValues object(long id) {
        return add(Value.ofObject(id));
    }

    public FieldValues intValue(int v) {
        return add(Value.ofInt(v));
    }

    public FieldValues longValue(long v) {
        return add(Value.ofLong(v));
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }
}
