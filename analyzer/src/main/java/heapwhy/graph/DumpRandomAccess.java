package heapwhy.graph;

import heapwhy.hprof.BasicType;
import heapwhy.hprof.Compression;
import heapwhy.hprof.reader.ChunkedGzip;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads single objects of a dump by their payload position: instance fields by name, array elements and
 * String values. Works on plain dumps and on chunked gzip ones (random access by member); a plain gzip
 * stream has no random access, so there nothing can be read.
 */
final class DumpRandomAccess implements Closeable {
    private static final int MAX_READ = 1 << 20;

    private static final int CHUNK_SHIFT = 30;
    /** A plain dump mapped read-only in 1 GiB chunks: reading an object costs no system call. */
    private final ByteBuffer[] chunks;
    private final ChunkedGzip gzip;
    private final int idSize;
    private final Map<Long, ClassShape> classes;

    DumpRandomAccess(Path dump, Compression compression, int idSize, Map<Long, ClassShape> classes) throws IOException {
        this.idSize = idSize;
        this.classes = classes;
        this.chunks = compression == Compression.NONE ? map(dump) : null;
        this.gzip = compression == Compression.CHUNKED_GZIP ? ChunkedGzip.open(dump) : null;
    }

    private static ByteBuffer[] map(Path dump) throws IOException {
        try (FileChannel channel = FileChannel.open(dump, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer[] mapped = new ByteBuffer[(int) ((size + (1L << CHUNK_SHIFT) - 1) >>> CHUNK_SHIFT)];
            for (int i = 0; i < mapped.length; i++) {
                long start = (long) i << CHUNK_SHIFT;
                mapped[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(1L << CHUNK_SHIFT, size - start));
            }
            return mapped;
        }
    }

    /** Copies up to {@code length} bytes at a position of the mapped dump; -1 past its end. */
    private int copy(long position, byte[] into, int offset, int length) {
        int chunk = (int) (position >>> CHUNK_SHIFT);
        if (chunk >= chunks.length) {
            return -1;
        }
        ByteBuffer b = chunks[chunk];
        int at = (int) (position & ((1L << CHUNK_SHIFT) - 1));
        int n = Math.min(length, b.limit() - at);
        if (n <= 0) {
            return -1;
        }
        b.get(at, into, offset, n);
        return n;
    }

    /** Whether the dump is read where it is mapped: reads then share no state, and threads may read at once. */
    boolean mapped() {
        return chunks != null;
    }

    boolean canRead() {
        return chunks != null || gzip != null;
    }

    private ByteBuffer read(long position, int length) throws IOException {
        if (length < 0 || length > MAX_READ || position < 0) {
            throw new IOException("implausible object at " + position + " (" + length + " bytes)");
        }
        byte[] bytes = new byte[length];
        fill(position, bytes, length);
        return ByteBuffer.wrap(bytes);
    }

    /** Copies {@code length} bytes of the dump at position into the start of {@code into}. */
    private void fill(long position, byte[] into, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = chunks != null ? copy(position + done, into, done, length - done)
                    : gzip != null ? gzip.read(position + done, into, done, length - done) : -1;
            if (n <= 0) {
                throw new IOException("object at " + position + " runs past the end of the dump");
            }
            done += n;
        }
    }

    private long value(ByteBuffer b, int type) {
        return switch (type) {
            case BasicType.OBJECT -> idSize == 8 ? b.getLong() : b.getInt() & 0xFFFFFFFFL;
            case BasicType.BOOLEAN, BasicType.BYTE -> b.get();
            case BasicType.CHAR -> b.getChar();
            case BasicType.SHORT -> b.getShort();
            case BasicType.FLOAT, BasicType.INT -> b.getInt();
            default -> b.getLong();
        };
    }

    /**
     * The fields of an instance of {@code classId} whose payload is at position, as (name, type, value)
     * triples in dump order: the class's own fields first, then each superclass's.
     */
    java.util.List<HeapField> fieldList(long classId, long position) throws IOException {
        int size = 0;
        for (long c = classId, depth = 0; c != 0 && depth < 256; depth++) {
            ClassShape shape = classes.get(c);
            if (shape == null) {
                break;
            }
            for (byte type : shape.fieldTypes()) {
                size += BasicType.size(type, idSize);
            }
            c = shape.superId();
        }
        ByteBuffer b = read(position, size);
        java.util.List<HeapField> fields = new java.util.ArrayList<>();
        for (long c = classId, depth = 0; c != 0 && depth < 256; depth++) {
            ClassShape shape = classes.get(c);
            if (shape == null) {
                break;
            }
            for (int i = 0; i < shape.fieldTypes().length; i++) {
                fields.add(new HeapField(shape.fieldNames()[i], shape.fieldTypes()[i], value(b, shape.fieldTypes()[i]),
                        HeapIndex.NOT_FOUND));
            }
            c = shape.superId();
        }
        return fields;
    }

    /**
     * Where instances of {@code classId} keep the field called {@code name}; of several with the name, the one
     * of the class highest in the lineage, as the last of {@link #fieldList} with that name; null when none.
     */
    FieldSlot fieldSlot(long classId, String name) {
        FieldSlot slot = null;
        int at = 0;
        for (long c = classId, depth = 0; c != 0 && depth < 256; depth++) {
            ClassShape shape = classes.get(c);
            if (shape == null) {
                break;
            }
            for (int i = 0; i < shape.fieldTypes().length; i++) {
                if (shape.fieldNames()[i].equals(name)) {
                    slot = new FieldSlot(at, shape.fieldTypes()[i]);
                }
                at += BasicType.size(shape.fieldTypes()[i], idSize);
            }
            c = shape.superId();
        }
        return slot;
    }

    /**
     * The value of the field at {@code slot} of the instance whose field data is at position, as
     * {@link #fieldList} gives it. On a plain dump it reads the mapped bytes in place; safe to call from several
     * threads there.
     */
    long fieldValue(long position, FieldSlot slot) throws IOException {
        long at = position + slot.offset();
        int size = BasicType.size(slot.type(), idSize);
        if (chunks != null && at >= 0) {
            int chunk = (int) (at >>> CHUNK_SHIFT);
            int offset = (int) (at & ((1L << CHUNK_SHIFT) - 1));
            if (chunk < chunks.length && offset + size <= chunks[chunk].limit()) {
                return value(chunks[chunk], offset, slot.type());
            }
        }
        byte[] bytes = new byte[size];
        fill(at, bytes, size);
        return value(ByteBuffer.wrap(bytes), 0, slot.type());
    }

    /** {@link #value(ByteBuffer, int)} at an absolute place, leaving the buffer's position alone. */
    private long value(ByteBuffer b, int at, int type) {
        return switch (type) {
            case BasicType.OBJECT -> idSize == 8 ? b.getLong(at) : b.getInt(at) & 0xFFFFFFFFL;
            case BasicType.BOOLEAN, BasicType.BYTE -> b.get(at);
            case BasicType.CHAR -> b.getChar(at);
            case BasicType.SHORT -> b.getShort(at);
            case BasicType.FLOAT, BasicType.INT -> b.getInt(at);
            default -> b.getLong(at);
        };
    }

    /**
     * Where an instance of a class keeps its references: the names of its reference fields in dump order (own
     * class first, then each superclass's), their byte offsets in the instance's field data, and how many bytes
     * of field data reach the last of them.
     */
    record ReferenceLayout(List<String> names, int[] offsets, int span) {
    }

    ReferenceLayout referenceLayout(long classId) {
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        int at = 0;
        int span = 0;
        for (long c = classId, depth = 0; c != 0 && depth < 256; depth++) {
            ClassShape shape = classes.get(c);
            if (shape == null) {
                break;
            }
            for (int i = 0; i < shape.fieldTypes().length; i++) {
                if (shape.fieldTypes()[i] == BasicType.OBJECT) {
                    names.add(shape.fieldNames()[i]);
                    offsets.add(at);
                    span = at + idSize;
                }
                at += BasicType.size(shape.fieldTypes()[i], idSize);
            }
            c = shape.superId();
        }
        return new ReferenceLayout(List.copyOf(names), offsets.stream().mapToInt(Integer::intValue).toArray(),
                span);
    }

    /**
     * Reads the ids of an instance's reference fields (payload at position) into {@code ids}, in the layout's
     * order; {@code scratch} must hold {@code layout.span()} bytes. Allocates nothing: it runs once per object
     * when a whole dump's paths are labelled.
     */
    void referenceIds(long position, ReferenceLayout layout, long[] ids, byte[] scratch) throws IOException {
        fill(position, scratch, layout.span());
        int[] offsets = layout.offsets();
        for (int i = 0; i < offsets.length; i++) {
            int o = offsets[i];
            ids[i] = idSize == 8 ? (long) LONGS.get(scratch, o) : (int) INTS.get(scratch, o) & 0xFFFFFFFFL;
        }
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.BIG_ENDIAN);
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.BIG_ENDIAN);

    /** Field name → value (references as ids) of an instance; a subclass's field hides a superclass's of that name. */
    Map<String, Long> fields(long classId, long position) throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (HeapField f : fieldList(classId, position)) {
            values.putIfAbsent(f.name(), f.value());
        }
        return values;
    }

    /** The ids held by an object array whose elements start at position. */
    long[] elements(long position, int length) throws IOException {
        ByteBuffer b = read(position, length * idSize);
        long[] ids = new long[length];
        for (int i = 0; i < length; i++) {
            ids[i] = value(b, BasicType.OBJECT);
        }
        return ids;
    }

    /** Every element of an object array whose elements start at position, read in blocks (any length). */
    long[] allElements(long position, int length) throws IOException {
        long[] ids = new long[length];
        int block = MAX_READ / idSize;
        for (int from = 0; from < length; from += block) {
            int n = Math.min(block, length - from);
            ByteBuffer b = read(position + (long) from * idSize, n * idSize);
            for (int i = 0; i < n; i++) {
                ids[from + i] = value(b, BasicType.OBJECT);
            }
        }
        return ids;
    }

    /**
     * The position of the first element holding {@code id} in an object array whose elements start at position,
     * or -1; reads the array in blocks, so it works on arrays of any length.
     */
    int indexOf(long position, int length, long id) throws IOException {
        int block = MAX_READ / idSize;
        for (int from = 0; from < length; from += block) {
            int n = Math.min(block, length - from);
            ByteBuffer b = read(position + (long) from * idSize, n * idSize);
            for (int i = 0; i < n; i++) {
                if (value(b, BasicType.OBJECT) == id) {
                    return from + i;
                }
            }
        }
        return -1;
    }

    /** Copies the {@code length} bytes at position into the start of {@code into}. */
    void read(long position, byte[] into, int length) throws IOException {
        fill(position, into, length);
    }

    /** The {@code length} bytes at position, however many: a primitive array's whole payload. */
    byte[] payload(long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        fill(position, bytes, length);
        return bytes;
    }

    /** The bytes of a byte[] or char[] (as UTF-16) whose elements start at position. */
    byte[] bytes(long position, int length) throws IOException {
        ByteBuffer b = read(position, length);
        return b.array();
    }

    /**
     * The text of a String whose {@code value} array has this class key (a char[] before JDK 9, a byte[]
     * after), length code and payload position, reading at most {@code maxBytes}; null when the value is
     * not a primitive array.
     */
    String string(long valueClassKey, int valueLengthCode, long valuePosition, long coder, int maxBytes)
            throws IOException {
        if (valueLengthCode >= 0 || valueLengthCode == GraphBuilder.CLASS_NODE) {
            return null;
        }
        boolean chars = valueClassKey == -BasicType.CHAR;
        int bytes = (int) Math.min(maxBytes, (long) ~valueLengthCode * (chars ? 2 : 1));
        return decodeString(bytes(valuePosition, bytes), coder, chars);
    }

    /**
     * Decodes a String from its {@code value} array's bytes and its {@code coder}. A char[] (JDK 8) is written
     * big-endian like every HPROF value; a UTF-16 byte[] (JDK 9+, coder 1) holds the chars in the dumped
     * JVM's own byte order, little-endian on the x86 and ARM machines HotSpot runs on.
     */
    static String decodeString(byte[] value, long coder, boolean charArray) {
        if (charArray) {
            return new String(value, StandardCharsets.UTF_16BE);
        }
        return new String(value, coder == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        if (chunks != null) {
            java.util.Arrays.fill(chunks, null); // the mappings go with the garbage collector
        }
        if (gzip != null) {
            gzip.close();
        }
    }
}
