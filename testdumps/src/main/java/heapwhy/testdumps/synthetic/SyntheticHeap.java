package heapwhy.testdumps.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A small heap described in Java and written as a complete, valid HPROF file, so parser and analyzer tests
 * know exactly what the dump holds. It assigns all ids: object ids are addresses that increase by each
 * object's real size under the chosen {@link LayoutStatics} (so size inference from address distances works),
 * UTF8 ids come from a separate range.
 *
 * <p>File order follows HotSpot (JDK 11/17): UTF8 names, LOAD_CLASS for every class, the empty TRACE serial 1
 * (plus one empty TRACE per {@link #thread thread}), then class dumps, objects in address order and roots,
 * in one HEAP_DUMP (1.0.1) or in HEAP_DUMP_SEGMENTs closed by HEAP_DUMP_END. java/lang/Object and
 * java/lang/Class are declared automatically unless the test declares them first; with a {@link #layout layout},
 * so is {@code jdk/internal/misc/Unsafe} (at render time, after the test's classes).
 *
 * <p>Options (version, id style, layout...) must be set before the first declaration.
 */
public final class SyntheticHeap {
    /** The header time HotSpot would write; fixed so output is reproducible. */
    public static final long DEFAULT_TIMESTAMP = 1_700_000_000_000L;
    private static final String UNSAFE = "jdk/internal/misc/Unsafe";

    /** How object and UTF8 ids look. */
    public enum Addressing {
        /** Small readable ids: objects from 0x1000, UTF8 names from 0x40000000. */
        COMPACT,
        /**
         * Like a 64-bit HotSpot with a 4 GB heap: objects from 0x700000000 and UTF8 (Symbol) ids from
         * 0x7f0000001000 with 8-byte ids; 0x23000000 and 0xb7000000 with 4-byte ids.
         */
        HOTSPOT
    }

    /** A rendered dump: its bytes and where each record and sub-record starts. */
    public record Written(byte[] bytes, RecordMap recordMap) {
    }

    private final int idSize;
    private String version = HprofWriter.V1_0_2;
    private Boolean segmented;
    private long maxSegmentSize = 1L << 30;
    private long timestamp = DEFAULT_TIMESTAMP;
    private LayoutStatics layout;
    private Addressing addressing = Addressing.COMPACT;
    private boolean rootsFirst;
    private int gzipMemberSize = Gzip.HOTSPOT_BLOCK_SIZE;

    private boolean started;
    private long nextAddress;
    private long addressLimit;
    private long nextUtf8;
    private final Map<String, Long> utf8 = new LinkedHashMap<>();
    private final Map<String, ClassInfo> classesByName = new LinkedHashMap<>();
    private final Map<Long, ClassInfo> classesById = new HashMap<>();
    private final List<Obj> objects = new ArrayList<>();
    private final Map<Long, Long> sizes = new HashMap<>();
    private final List<Consumer<HeapDumpBody>> roots = new ArrayList<>();
    private final List<int[]> threads = new ArrayList<>(); // {threadSerial, traceSerial}

    private record Obj(long id, Consumer<HeapDumpBody> writer) {
    }

    private record FieldDef(String name, BasicType type, long nameId) {
    }

    private record StaticDef(long nameId, Value value) {
    }

    private static final class ClassInfo {
        final String name;
        final long id;
        final ClassInfo superclass;
        final long loaderId;
        final List<FieldDef> fields;
        final List<StaticDef> statics;
        final boolean dumped;
        final int serial;

        ClassInfo(String name, long id, ClassInfo superclass, long loaderId, List<FieldDef> fields,
                  List<StaticDef> statics, boolean dumped, int serial) {
            this.name = name;
            this.id = id;
            this.superclass = superclass;
            this.loaderId = loaderId;
            this.fields = List.copyOf(fields);
            this.statics = List.copyOf(statics);
            this.dumped = dumped;
            this.serial = serial;
        }

        /** Instance payload size in the dump: all fields up the hierarchy, references at id size. */
        int payloadSize(int idSize) {
            int n = superclass == null ? 0 : superclass.payloadSize(idSize);
            for (FieldDef f : fields) {
                n += f.type().size(idSize);
            }
            return n;
        }

        /** Bytes of field data in the JVM under a layout. */
        long jvmFieldBytes(LayoutStatics l) {
            long n = superclass == null ? 0 : superclass.jvmFieldBytes(l);
            for (FieldDef f : fields) {
                n += l.elementSize(f.type());
            }
            return n;
        }

        FieldDef field(String fieldName) {
            for (ClassInfo c = this; c != null; c = c.superclass) {
                for (FieldDef f : c.fields) {
                    if (f.name().equals(fieldName)) {
                        return f;
                    }
                }
            }
            throw new NoSuchElementException(name + " has no field " + fieldName);
        }
    }

    /** @param idSize 4 or 8 */
    public SyntheticHeap(int idSize) {
        HprofWriter.checkIdSize(idSize);
        this.idSize = idSize;
    }

    public int idSize() {
        return idSize;
    }

    // ---- options -------------------------------------------------------------------------------------------

    /** The header version string, e.g. {@link HprofWriter#V1_0_1}; 1.0.2 by default. */
    public SyntheticHeap version(String versionString) {
        checkNotStarted();
        this.version = versionString;
        return this;
    }

    /** Segments (1.0.2 style) or one HEAP_DUMP (1.0.1 style); by default one HEAP_DUMP only for 1.0.1. */
    public SyntheticHeap segmented(boolean segmented) {
        checkNotStarted();
        this.segmented = segmented;
        return this;
    }

    /**
     * Largest segment body in bytes (1 GiB by default). Sub-records are never split: one larger than this gets
     * a segment of its own.
     */
    public SyntheticHeap segmentSize(long maxBodyBytes) {
        if (maxBodyBytes <= 0 || maxBodyBytes > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("segment size must fit a u4 length: " + maxBodyBytes);
        }
        this.maxSegmentSize = maxBodyBytes;
        return this;
    }

    public SyntheticHeap timestamp(long epochMillis) {
        this.timestamp = epochMillis;
        return this;
    }

    /**
     * Writes {@code jdk/internal/misc/Unsafe} with these layout statics, as a real HotSpot dump has them. Also
     * the layout addresses are spaced by ({@link LayoutStatics#compressed()} when not set).
     */
    public SyntheticHeap layout(LayoutStatics layoutStatics) {
        checkNotStarted();
        this.layout = layoutStatics;
        return this;
    }

    public SyntheticHeap addressing(Addressing style) {
        checkNotStarted();
        this.addressing = style;
        return this;
    }

    /** Write roots before class dumps and objects, as JDK 21+ does (default: after, as JDK 11/17). */
    public SyntheticHeap rootsFirst(boolean first) {
        this.rootsFirst = first;
        return this;
    }

    /** Uncompressed bytes per member of {@link #gzipped(boolean) chunked} output; 1 MiB by default. */
    public SyntheticHeap gzipMemberSize(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("member size must be positive: " + bytes);
        }
        this.gzipMemberSize = bytes;
        return this;
    }

    private void checkNotStarted() {
        if (started) {
            throw new IllegalStateException("set options before declaring classes or objects");
        }
    }

    private LayoutStatics sizing() {
        return layout != null ? layout : LayoutStatics.compressed();
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        boolean hotspot = addressing == Addressing.HOTSPOT;
        if (idSize == 8) {
            nextAddress = hotspot ? 0x7_0000_0000L : 0x1000L;
            nextUtf8 = hotspot ? 0x7f00_0000_1000L : 0x4000_0000L;
            addressLimit = hotspot ? 0x7f00_0000_0000L : 0x4000_0000L;
        } else {
            nextAddress = hotspot ? 0x2300_0000L : 0x1000L;
            nextUtf8 = hotspot ? 0xB700_0000L : 0x4000_0000L;
            addressLimit = nextUtf8;
        }
    }

    private long allocate(long jvmSize) {
        long size = Math.max(16, (jvmSize + 7) & ~7L);
        long id = nextAddress;
        if (id + size > addressLimit) {
            throw new IllegalStateException("synthetic heap is too big for its id range");
        }
        nextAddress += size;
        sizes.put(id, size);
        return id;
    }

    private long utf8Id(String s) {
        start();
        Long id = utf8.get(s);
        if (id == null) {
            id = nextUtf8;
            nextUtf8 += addressing == Addressing.HOTSPOT ? (16 + Bytes.modifiedUtf8(s).length + 7) & ~7L : 8;
            utf8.put(s, id);
        }
        return id;
    }

    // ---- declarations --------------------------------------------------------------------------------------

    /** Starts declaring a class; name and superclass in JVM internal form ({@code com/example/Foo}). */
    public ClassBuilder declareClass(String name, String superclassName) {
        start();
        return new ClassBuilder(name, superclassName);
    }

    /** Starts declaring a direct subclass of java/lang/Object. */
    public ClassBuilder declareClass(String name) {
        return declareClass(name, "java/lang/Object");
    }

    /** Declares a class, or an array class such as {@code [Ljava/lang/String;}, with no fields. */
    public long declareArrayClass(String arrayClassName) {
        return declareClass(arrayClassName).define();
    }

    /** The id of a declared class (java/lang/Object and java/lang/Class are declared on first use). */
    public long classId(String name) {
        start();
        return classInfo(name).id;
    }

    private ClassInfo classInfo(String name) {
        ClassInfo c = classesByName.get(name);
        if (c == null && (name.equals("java/lang/Object") || name.equals("java/lang/Class"))) {
            new ClassBuilder(name, name.equals("java/lang/Object") ? null : "java/lang/Object").define();
            c = classesByName.get(name);
        }
        if (c == null) {
            throw new NoSuchElementException("class not declared: " + name);
        }
        return c;
    }

    /** The real (simulated) size of an object, which is also the distance to the next address. */
    public long sizeOf(long id) {
        Long s = sizes.get(id);
        if (s == null) {
            throw new NoSuchElementException("no object with id 0x" + Long.toHexString(id));
        }
        return s;
    }

    /** Declares a class: instance fields in declaration order, static fields with values. */
    public final class ClassBuilder {
        private final String name;
        private final String superName;
        private long loaderId;
        private boolean dumped = true;
        private final List<FieldDef> fields = new ArrayList<>();
        private final List<StaticDef> statics = new ArrayList<>();

        private ClassBuilder(String name, String superName) {
            if (classesByName.containsKey(name)) {
                throw new IllegalArgumentException("class already declared: " + name);
            }
            this.name = name;
            this.superName = superName;
        }

        public ClassBuilder field(String fieldName, BasicType type) {
            fields.add(new FieldDef(fieldName, type, utf8Id(fieldName)));
            return this;
        }

        public ClassBuilder staticField(String fieldName, Value value) {
            statics.add(new StaticDef(utf8Id(fieldName), value));
            return this;
        }

        public ClassBuilder staticInt(String fieldName, int value) {
            return staticField(fieldName, Value.ofInt(value));
        }

        public ClassBuilder staticLong(String fieldName, long value) {
            return staticField(fieldName, Value.ofLong(value));
        }

        public ClassBuilder staticObject(String fieldName, long id) {
            return staticField(fieldName, Value.ofObject(id));
        }

        /** The defining class loader's object id (0, the boot loader, by default). */
        public ClassBuilder loader(long classLoaderId) {
            this.loaderId = classLoaderId;
            return this;
        }

        /** Gets a LOAD_CLASS but no CLASS_DUMP, like the primitive mirrors or a truncated dump. */
        public ClassBuilder withoutClassDump() {
            this.dumped = false;
            return this;
        }

        /** Finishes the declaration; returns the class id (the address of its mirror). */
        public long define() {
            ClassInfo sup = superName == null ? null : classInfo(superName);
            utf8Id(name);
            long mirrorSize = sizing().instanceHeaderSize() + 84L + 8L * statics.size();
            long id = allocate(mirrorSize);
            ClassInfo c = new ClassInfo(name, id, sup, loaderId, fields, statics, dumped, classesByName.size() + 1);
            classesByName.put(name, c);
            classesById.put(id, c);
            return id;
        }
    }

    // ---- objects ---------------------------------------------------------------------------------------------

    public InstanceBuilder instance(long classId) {
        start();
        ClassInfo c = classesById.get(classId);
        if (c == null) {
            throw new NoSuchElementException("no declared class with id 0x" + Long.toHexString(classId));
        }
        return new InstanceBuilder(c);
    }

    public InstanceBuilder instance(String className) {
        start();
        return new InstanceBuilder(classInfo(className));
    }

    /**
     * Sets fields by name (the nearest declaration up the hierarchy wins); unset fields are 0 or null.
     * References are object ids.
     */
    public final class InstanceBuilder {
        private final ClassInfo cls;
        private final Map<String, Value> values = new HashMap<>();

        private InstanceBuilder(ClassInfo cls) {
            this.cls = cls;
        }

        /** Integral, char, boolean (0/1), float/double (converted) or reference (an id) fields. */
        public InstanceBuilder set(String field, long value) {
            BasicType t = cls.field(field).type();
            Value v = switch (t) {
                case FLOAT -> Value.ofFloat(value);
                case DOUBLE -> Value.ofDouble(value);
                case OBJECT -> Value.ofObject(value);
                case LONG -> Value.ofLong(value);
                default -> new Value(t, value & ((1L << (8 * t.size(idSize))) - 1));
            };
            return set(field, v);
        }

        public InstanceBuilder set(String field, double value) {
            BasicType t = cls.field(field).type();
            return switch (t) {
                case FLOAT -> set(field, Value.ofFloat((float) value));
                case DOUBLE -> set(field, Value.ofDouble(value));
                default -> throw new IllegalArgumentException(field + " is " + t + ", not a floating-point field");
            };
        }

        public InstanceBuilder set(String field, boolean value) {
            return set(field, Value.ofBoolean(value));
        }

        public InstanceBuilder set(String field, char value) {
            return set(field, Value.ofChar(value));
        }

        public InstanceBuilder set(String field, Value value) {
            BasicType t = cls.field(field).type();
            if (t != value.type()) {
                throw new IllegalArgumentException(field + " is " + t + ", not " + value.type());
            }
            values.put(field, value);
            return this;
        }

        /** Adds the instance; returns its id. */
        public long add() {
            FieldValues fv = new FieldValues(idSize);
            Set<String> seen = new HashSet<>();
            for (ClassInfo c = cls; c != null; c = c.superclass) {
                for (FieldDef f : c.fields) {
                    // a shadowed field name only takes the value for its nearest declaration
                    Value v = seen.add(f.name()) ? values.get(f.name()) : null;
                    fv.add(v != null ? v : Value.zero(f.type()));
                }
            }
            byte[] payload = fv.toBytes();
            LayoutStatics l = sizing();
            long id = allocate(l.instanceHeaderSize() + cls.jvmFieldBytes(l));
            long classId = cls.id;
            objects.add(new Obj(id, b -> b.instanceDump(id, 1, classId, payload)));
            return id;
        }
    }

    /** An object array; its class (e.g. {@code [Ljava/lang/String;}) is declared if it is not yet. */
    public long objectArray(String arrayClassName, long... elements) {
        start();
        long classId = classesByName.containsKey(arrayClassName) ? classId(arrayClassName)
                : declareArrayClass(arrayClassName);
        long[] copy = elements.clone();
        long id = allocateArray(BasicType.OBJECT, copy.length);
        objects.add(new Obj(id, b -> b.objArrayDump(id, 1, classId, copy)));
        return id;
    }

    public long primitiveArray(boolean[] values) {
        boolean[] a = values.clone();
        return addPrimitive(BasicType.BOOLEAN, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(char[] values) {
        char[] a = values.clone();
        return addPrimitive(BasicType.CHAR, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(float[] values) {
        float[] a = values.clone();
        return addPrimitive(BasicType.FLOAT, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(double[] values) {
        double[] a = values.clone();
        return addPrimitive(BasicType.DOUBLE, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(byte[] values) {
        byte[] a = values.clone();
        return addPrimitive(BasicType.BYTE, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(short[] values) {
        short[] a = values.clone();
        return addPrimitive(BasicType.SHORT, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(int[] values) {
        int[] a = values.clone();
        return addPrimitive(BasicType.INT, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    public long primitiveArray(long[] values) {
        long[] a = values.clone();
        return addPrimitive(BasicType.LONG, a.length, (b, id) -> b.primArrayDump(id, 1, a));
    }

    private long addPrimitive(BasicType type, int length, BiConsumer<HeapDumpBody, Long> w) {
        start();
        long id = allocateArray(type, length);
        objects.add(new Obj(id, b -> w.accept(b, id)));
        return id;
    }

    private long allocateArray(BasicType type, long length) {
        LayoutStatics l = sizing();
        return allocate(l.arrayBaseOffset(type) + length * l.elementSize(type));
    }

    // ---- roots and threads -----------------------------------------------------------------------------------

    /**
     * A GC root of any kind; {@code extra} are the values after the id (thread serial, frame or trace serial,
     * JNI handle), missing ones 0. See {@link RootKind}.
     */
    public SyntheticHeap root(RootKind kind, long id, long... extra) {
        int n = kind.shape().extras();
        if (extra.length > n) {
            throw new IllegalArgumentException(kind + " takes " + n + " values after the id, got " + extra.length);
        }
        long[] copy = extra.clone();
        roots.add(b -> b.root(kind, id, copy));
        return this;
    }

    /**
     * A thread as HotSpot writes it: the next thread serial (from 1), an empty TRACE with serial thread+1 and a
     * ROOT_THREAD_OBJ for {@code threadObjectId}. Returns the thread serial for JAVA_FRAME / JNI_LOCAL roots.
     */
    public int thread(long threadObjectId) {
        int serial = threads.size() + 1;
        int trace = serial + 1;
        threads.add(new int[] {serial, trace});
        root(RootKind.THREAD_OBJ, threadObjectId, serial, trace);
        return serial;
    }

    // ---- output ----------------------------------------------------------------------------------------------

    /** Renders the dump; may be called again after adding more (only the automatic classes get declared). */
    public Written render() {
        start();
        classInfo("java/lang/Object");
        classInfo("java/lang/Class");
        if (layout != null && !classesByName.containsKey(UNSAFE)) {
            ClassBuilder unsafe = new ClassBuilder(UNSAFE, "java/lang/Object");
            layout.asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
            unsafe.define();
        }
        HprofWriter w = new HprofWriter(idSize).header(version, timestamp);
        utf8.forEach((s, id) -> w.utf8(id, s));
        for (ClassInfo c : classesByName.values()) {
            w.loadClass(c.serial, c.id, 1, utf8.get(c.name));
        }
        w.trace(1, 0);
        for (int[] t : threads) {
            w.trace(t[1], t[0]);
        }

        List<HeapDumpBody> subs = new ArrayList<>();
        if (rootsFirst) {
            roots.forEach(r -> subs.add(single(r)));
        }
        for (ClassInfo c : classesByName.values()) {
            if (c.dumped) {
                subs.add(single(b -> b.classDump(classDump(c))));
            }
        }
        objects.forEach(o -> subs.add(single(o.writer())));
        if (!rootsFirst) {
            roots.forEach(r -> subs.add(single(r)));
        }

        boolean segments = segmented != null ? segmented : !HprofWriter.V1_0_1.equals(version);
        if (!segments) {
            HeapDumpBody all = w.newBody();
            subs.forEach(all::append);
            w.heapDump(all);
        } else {
            HeapDumpBody seg = w.newBody();
            for (HeapDumpBody s : subs) {
                if (seg.size() > 0 && (long) seg.size() + s.size() > maxSegmentSize) {
                    w.heapDumpSegment(seg);
                    seg = w.newBody();
                }
                seg.append(s);
            }
            if (seg.size() > 0) {
                w.heapDumpSegment(seg);
            }
            w.heapDumpEnd();
        }
        return new Written(w.toByteArray(), w.recordMap());
    }

    private HeapDumpBody single(Consumer<HeapDumpBody> writer) {
        HeapDumpBody b = new HeapDumpBody(idSize);
        writer.accept(b);
        return b;
    }

    private ClassDump classDump(ClassInfo c) {
        List<ClassDump.StaticField> st = new ArrayList<>();
        for (StaticDef s : c.statics) {
            st.add(new ClassDump.StaticField(s.nameId(), s.value()));
        }
        List<ClassDump.FieldDecl> fd = new ArrayList<>();
        for (FieldDef f : c.fields) {
            fd.add(new ClassDump.FieldDecl(f.nameId(), f.type()));
        }
        int instanceSize = c.name.startsWith("[") ? 0 : c.payloadSize(idSize);
        return ClassDump.of(c.id, c.superclass == null ? 0 : c.superclass.id, c.loaderId, instanceSize, st, fd);
    }

    public byte[] toBytes() {
        return render().bytes();
    }

    public RecordMap recordMap() {
        return render().recordMap();
    }

    public Path writeTo(Path file) {
        try {
            return Files.write(file, toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dump gzipped: chunked as HotSpot's {@code -gz} writes it (members of {@link #gzipMemberSize} bytes,
     * the first with the {@code HPROF BLOCKSIZE=} comment), or as one ordinary gzip stream.
     */
    public byte[] gzipped(boolean chunked) {
        byte[] plain = toBytes();
        return chunked ? Gzip.chunked(plain, gzipMemberSize) : Gzip.plain(plain);
    }
}
