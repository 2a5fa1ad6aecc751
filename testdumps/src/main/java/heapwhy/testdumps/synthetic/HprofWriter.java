package heapwhy.testdumps.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an HPROF file record by record, exactly as told: lengths are computed unless a method says it takes
 * a declared length, and nothing checks that the records make sense together, so tests can write both valid
 * and deliberately broken files. Every write is logged in {@link #recordMap()}. I/O errors are unchecked.
 */
public final class HprofWriter {
    public static final String V1_0_1 = "JAVA PROFILE 1.0.1";
    public static final String V1_0_2 = "JAVA PROFILE 1.0.2";
    public static final String V1_0_3 = "JAVA PROFILE 1.0.3";

    private final OutputStream out;
    private final ByteArrayOutputStream memory;
    private final int idSize;
    private final List<RecordMap.Entry> entries = new ArrayList<>();
    private long position;
    private int time;

    /** Writes to {@code out}; the caller closes it. */
    public HprofWriter(OutputStream out, int idSize) {
        checkIdSize(idSize);
        this.out = out;
        this.memory = null;
        this.idSize = idSize;
    }

    /** Writes to memory; get the bytes with {@link #toByteArray()}. */
    public HprofWriter(int idSize) {
        checkIdSize(idSize);
        this.memory = new ByteArrayOutputStream();
        this.out = memory;
        this.idSize = idSize;
    }

    static void checkIdSize(int idSize) {
        if (idSize != 4 && idSize != 8) {
            throw new IllegalArgumentException("id size must be 4 or 8, was " + idSize
                    + " (write a bad one with header(version, declaredIdSize, timestamp))");
        }
    }

    public int idSize() {
        return idSize;
    }

    /** Bytes written so far: the offset the next record will start at. */
    public long position() {
        return position;
    }

    public RecordMap recordMap() {
        return new RecordMap(entries);
    }

    public byte[] toByteArray() {
        if (memory == null) {
            throw new IllegalStateException("this writer writes to a stream, not to memory");
        }
        return memory.toByteArray();
    }

    /** The u4 time field of the records written from now on (microseconds since the header time); 0 by default. */
    public HprofWriter time(int micros) {
        this.time = micros;
        return this;
    }

    /** The file header with this writer's id size. */
    public HprofWriter header(String version, long timestampMillis) {
        return header(version, idSize, timestampMillis);
    }

    /** The file header with any declared id size (a wrong one for broken-file tests). */
    public HprofWriter header(String version, int declaredIdSize, long timestampMillis) {
        Bytes b = new Bytes(idSize);
        b.bytes(version.getBytes(StandardCharsets.ISO_8859_1)).u1(0).u4(declaredIdSize).u8(timestampMillis);
        emit(RecordMap.Kind.HEADER, -1, 0, b, List.of(), 0);
        return this;
    }

    /** Appends bytes verbatim (anything at all). */
    public HprofWriter raw(byte[] bytes) {
        emit(RecordMap.Kind.RAW, -1, 0, new Bytes(idSize).bytes(bytes), List.of(), 0);
        return this;
    }

    /** A UTF8 record; the text is encoded as modified UTF-8 like JVM symbols. */
    public HprofWriter utf8(long id, String text) {
        return utf8(id, Bytes.modifiedUtf8(text));
    }

    /** A UTF8 record with arbitrary (possibly invalid) bytes. */
    public HprofWriter utf8(long id, byte[] rawText) {
        return record(HprofTags.UTF8, id, body().id(id).bytes(rawText));
    }

    public HprofWriter loadClass(int classSerial, long classId, int traceSerial, long nameId) {
        return record(HprofTags.LOAD_CLASS, classId, body().u4(classSerial).id(classId).u4(traceSerial).id(nameId));
    }

    public HprofWriter unloadClass(int classSerial) {
        return record(HprofTags.UNLOAD_CLASS, 0, body().u4(classSerial));
    }

    public HprofWriter frame(long frameId, long methodNameId, long signatureId, long sourceFileId, int classSerial,
                             int line) {
        return record(HprofTags.FRAME, frameId, body().id(frameId).id(methodNameId).id(signatureId)
                .id(sourceFileId).u4(classSerial).u4(line));
    }

    public HprofWriter trace(int traceSerial, int threadSerial, long... frameIds) {
        Bytes b = body().u4(traceSerial).u4(threadSerial).u4(frameIds.length);
        for (long f : frameIds) {
            b.id(f);
        }
        return record(HprofTags.TRACE, 0, b);
    }

    public HprofWriter startThread(int threadSerial, long threadId, int traceSerial, long nameId, long groupNameId,
                                   long parentGroupNameId) {
        return record(HprofTags.START_THREAD, threadId, body().u4(threadSerial).id(threadId).u4(traceSerial)
                .id(nameId).id(groupNameId).id(parentGroupNameId));
    }

    public HprofWriter endThread(int threadSerial) {
        return record(HprofTags.END_THREAD, 0, body().u4(threadSerial));
    }

    public HprofWriter heapSummary(int liveBytes, int liveInstances, long allocatedBytes, long allocatedInstances) {
        return record(HprofTags.HEAP_SUMMARY, 0, body().u4(liveBytes).u4(liveInstances).u8(allocatedBytes)
                .u8(allocatedInstances));
    }

    /** ALLOC_SITES with an opaque body (parsers skip it). */
    public HprofWriter allocSites(byte[] body) {
        return record(HprofTags.ALLOC_SITES, body);
    }

    /** CPU_SAMPLES with an opaque body. */
    public HprofWriter cpuSamples(byte[] body) {
        return record(HprofTags.CPU_SAMPLES, body);
    }

    /** CONTROL_SETTINGS with an opaque body. */
    public HprofWriter controlSettings(byte[] body) {
        return record(HprofTags.CONTROL_SETTINGS, body);
    }

    /** Any top-level record, unknown tags included, with the correct length. */
    public HprofWriter record(int tag, byte[] body) {
        return record(tag, 0, body().bytes(body));
    }

    /** Any top-level record with a declared length that need not match the body (u4, taken modulo 2^32). */
    public HprofWriter recordWithLength(int tag, long declaredLength, byte[] body) {
        emitRecord(tag, 0, body().bytes(body), List.of(), declaredLength);
        return this;
    }

    /** One HEAP_DUMP record (1.0.1 style) holding the body. */
    public HprofWriter heapDump(HeapDumpBody body) {
        return heapDumpRecord(HprofTags.HEAP_DUMP, body, body.size());
    }

    /** One HEAP_DUMP_SEGMENT record (1.0.2 style) holding the body. */
    public HprofWriter heapDumpSegment(HeapDumpBody body) {
        return heapDumpRecord(HprofTags.HEAP_DUMP_SEGMENT, body, body.size());
    }

    /**
     * A HEAP_DUMP or HEAP_DUMP_SEGMENT with a declared length that need not match: 0 as old writers left it,
     * more than the body to simulate a killed JVM, or a wrapped 32-bit value.
     */
    public HprofWriter heapDumpRecord(int tag, HeapDumpBody body, long declaredLength) {
        if (body.idSize() != idSize) {
            throw new IllegalArgumentException("body id size " + body.idSize() + " != writer id size " + idSize);
        }
        Bytes b = new Bytes(idSize).bytes(body.toByteArray());
        emitRecord(tag, 0, b, body.entries(), declaredLength);
        return this;
    }

    public HprofWriter heapDumpEnd() {
        return record(HprofTags.HEAP_DUMP_END, 0, body());
    }

    /** A new empty heap-dump body with this writer's id size. */
    public HeapDumpBody newBody() {
        return new HeapDumpBody(idSize);
    }

    private Bytes body() {
        return new Bytes(idSize);
    }

    private HprofWriter record(int tag, long id, Bytes body) {
        emitRecord(tag, id, body, List.of(), body.size());
        return this;
    }

    private void emitRecord(int tag, long id, Bytes body, List<RecordMap.Entry> subs, long declaredLength) {
        Bytes b = new Bytes(idSize).u1(tag).u4(time).u4(declaredLength);
        b.bytes(body.toByteArray());
        emit(RecordMap.Kind.RECORD, tag, id, b, subs, HprofTags.RECORD_HEADER_SIZE);
    }

    private void emit(RecordMap.Kind kind, int tag, long id, Bytes b, List<RecordMap.Entry> subs, int subBase) {
        long start = position;
        try {
            b.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position += b.size();
        entries.add(new RecordMap.Entry(start, kind, tag, b.size(), id));
        for (RecordMap.Entry e : subs) {
            entries.add(new RecordMap.Entry(start + subBase + e.offset(), e.kind(), e.tag(), e.length(), e.id()));
        }
    }
}
