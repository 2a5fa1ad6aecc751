package heapwhy.testdumps.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a HEAP_DUMP or HEAP_DUMP_SEGMENT, built sub-record by sub-record. Sub-records carry no length,
 * so the body is assembled first and {@link HprofWriter} then writes it with a computed (or a chosen wrong)
 * record length. Methods return {@code this} for chaining.
 */
public final class HeapDumpBody {
    private final int idSize;
    private final Bytes out;
    private final List<RecordMap.Entry> entries = new ArrayList<>(); // offsets relative to the body start

    public HeapDumpBody(int idSize) {
        HprofWriter.checkIdSize(idSize);
        this.idSize = idSize;
        this.out = new Bytes(idSize);
    }

    public int idSize() {
        return idSize;
    }

    /** Bytes written so far. */
    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    List<RecordMap.Entry> entries() {
        return entries;
    }

    private void begin(int tag, long id) {
        entries.add(new RecordMap.Entry(out.size(), RecordMap.Kind.SUB_RECORD, tag, 0, id));
    }

    private HeapDumpBody end() {
        RecordMap.Entry e = entries.remove(entries.size() - 1);
        entries.add(new RecordMap.Entry(e.offset(), e.kind(), e.tag(), out.size() - e.offset(), e.id()));
        return this;
    }

    /**
     * Any root. {@code extra} are the values after the object id in the kind's order (see {@link RootKind});
     * missing ones are written as 0, too many is an error.
     */
    public HeapDumpBody root(RootKind kind, long id, long... extra) {
        int n = kind.shape().extras();
        if (extra.length > n) {
            throw new IllegalArgumentException(kind + " takes " + n + " values after the id, got " + extra.length);
        }
        long e0 = extra.length > 0 ? extra[0] : 0;
        long e1 = extra.length > 1 ? extra[1] : 0;
        begin(kind.tag(), 0);
        out.u1(kind.tag()).id(id);
        switch (kind.shape()) {
            case ID -> { }
            case ID_ID -> out.id(e0);
            case ID_U4 -> out.u4(e0);
            case ID_U4_U4 -> out.u4(e0).u4(e1);
        }
        return end();
    }

    public HeapDumpBody rootUnknown(long id) {
        return root(RootKind.UNKNOWN, id);
    }

    public HeapDumpBody rootJniGlobal(long id, long jniRef) {
        return root(RootKind.JNI_GLOBAL, id, jniRef);
    }

    public HeapDumpBody rootJniLocal(long id, int threadSerial, int frame) {
        return root(RootKind.JNI_LOCAL, id, threadSerial, frame);
    }

    public HeapDumpBody rootJavaFrame(long id, int threadSerial, int frame) {
        return root(RootKind.JAVA_FRAME, id, threadSerial, frame);
    }

    public HeapDumpBody rootNativeStack(long id, int threadSerial) {
        return root(RootKind.NATIVE_STACK, id, threadSerial);
    }

    public HeapDumpBody rootStickyClass(long classId) {
        return root(RootKind.STICKY_CLASS, classId);
    }

    public HeapDumpBody rootThreadBlock(long id, int threadSerial) {
        return root(RootKind.THREAD_BLOCK, id, threadSerial);
    }

    public HeapDumpBody rootMonitorUsed(long id) {
        return root(RootKind.MONITOR_USED, id);
    }

    public HeapDumpBody rootThreadObj(long threadId, int threadSerial, int traceSerial) {
        return root(RootKind.THREAD_OBJ, threadId, threadSerial, traceSerial);
    }

    public HeapDumpBody classDump(ClassDump c) {
        begin(HprofTags.CLASS_DUMP, c.classId());
        out.u1(HprofTags.CLASS_DUMP).id(c.classId()).u4(c.traceSerial()).id(c.superId()).id(c.loaderId())
                .id(c.signersId()).id(c.protectionDomainId()).id(0).id(0).u4(c.instanceSize());
        out.u2(c.constantPool().size());
        for (ClassDump.ConstantPoolEntry e : c.constantPool()) {
            out.u2(e.index()).u1(e.value().type().code()).value(e.value());
        }
        out.u2(c.statics().size());
        for (ClassDump.StaticField f : c.statics()) {
            out.id(f.nameId()).u1(f.value().type().code()).value(f.value());
        }
        out.u2(c.fields().size());
        for (ClassDump.FieldDecl f : c.fields()) {
            out.id(f.nameId()).u1(f.type().code());
        }
        return end();
    }

    /** An instance with its field bytes as given (see {@link FieldValues} to build them). */
    public HeapDumpBody instanceDump(long id, int traceSerial, long classId, byte[] fieldBytes) {
        begin(HprofTags.INSTANCE_DUMP, id);
        out.u1(HprofTags.INSTANCE_DUMP).id(id).u4(traceSerial).id(classId).u4(fieldBytes.length).bytes(fieldBytes);
        return end();
    }

    public HeapDumpBody objArrayDump(long id, int traceSerial, long arrayClassId, long... elements) {
        begin(HprofTags.OBJ_ARRAY_DUMP, id);
        out.u1(HprofTags.OBJ_ARRAY_DUMP).id(id).u4(traceSerial).u4(elements.length).id(arrayClassId);
        for (long e : elements) {
            out.id(e);
        }
        return end();
    }

    /**
     * A primitive array from already encoded big-endian elements; {@code length} is written as given, so it may
     * disagree with the bytes on purpose.
     */
    public HeapDumpBody primArrayDump(long id, int traceSerial, BasicType type, int length, byte[] rawElements) {
        if (!type.isPrimitive()) {
            throw new IllegalArgumentException("primitive arrays hold primitives, not " + type);
        }
        begin(HprofTags.PRIM_ARRAY_DUMP, id);
        out.u1(HprofTags.PRIM_ARRAY_DUMP).id(id).u4(traceSerial).u4(length).u1(type.code()).bytes(rawElements);
        return end();
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, boolean[] a) {
        Bytes b = new Bytes(idSize);
        for (boolean v : a) {
            b.u1(v ? 1 : 0);
        }
        return primArrayDump(id, traceSerial, BasicType.BOOLEAN, a.length, b.toByteArray());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, char[] a) {
        Bytes b = new Bytes(idSize);
        for (char v : a) {
            b.u2(v);
        }
        return primArrayDump(id, traceSerial, BasicType.CHAR, a.length, b.toByteArray());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, float[] a) {
        Bytes b = new Bytes(idSize);
        for (float v : a) {
            b.u4(Float.floatToRawIntBits(v));
        }
        return primArrayDump(id, traceSerial, BasicType.FLOAT, a.length, b.toByteArray());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, double[] a) {
        Bytes b = new Bytes(idSize);
        for (double v : a) {
            b.u8(Double.doubleToRawLongBits(v));
        }
        return primArrayDump(id, traceSerial, BasicType.DOUBLE, a.length, b.toByteArray());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, byte[] a) {
        return primArrayDump(id, traceSerial, BasicType.BYTE, a.length, a.clone());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, short[] a) {
        Bytes b = new Bytes(idSize);
        for (short v : a) {
            b.u2(v);
        }
        return primArrayDump(id, traceSerial, BasicType.SHORT, a.length, b.toByteArray());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, int[] a) {
        Bytes b = new Bytes(idSize);
        for (int v : a) {
            b.u4(v);
        }
        return primArrayDump(id, traceSerial, BasicType.INT, a.length, b.toByteArray());
    }

    public HeapDumpBody primArrayDump(long id, int traceSerial, long[] a) {
        Bytes b = new Bytes(idSize);
        for (long v : a) {
            b.u8(v);
        }
        return primArrayDump(id, traceSerial, BasicType.LONG, a.length, b.toByteArray());
    }

    /** Android: an array whose elements were not dumped. */
    public HeapDumpBody primArrayNoData(long id, int traceSerial, int length, BasicType type) {
        begin(HprofTags.PRIM_ARRAY_NODATA, id);
        out.u1(HprofTags.PRIM_ARRAY_NODATA).id(id).u4(traceSerial).u4(length).u1(type.code());
        return end();
    }

    /** Android: the following sub-records belong to heap {@code heapId} named by UTF8 id {@code heapNameId}. */
    public HeapDumpBody heapDumpInfo(int heapId, long heapNameId) {
        begin(HprofTags.HEAP_DUMP_INFO, 0);
        out.u1(HprofTags.HEAP_DUMP_INFO).u4(heapId).id(heapNameId);
        return end();
    }

    /** Any sub-record, unknown tags included: the tag byte followed by {@code body} verbatim. */
    public HeapDumpBody raw(int tag, byte[] body) {
        begin(tag, 0);
        out.u1(tag).bytes(body);
        return end();
    }

    /** Appends another body's sub-records (used to pack segments). */
    HeapDumpBody append(HeapDumpBody other) {
        if (other.idSize != idSize) {
            throw new IllegalArgumentException("id sizes differ");
        }
        int base = out.size();
        for (RecordMap.Entry e : other.entries) {
            entries.add(new RecordMap.Entry(base + e.offset(), e.kind(), e.tag(), e.length(), e.id()));
        }
        out.bytes(other.out.toByteArray());
        return this;
    }
}
