package heapwhy.histogram;

import heapwhy.hprof.Compression;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.BrokenDumps;
import heapwhy.testdumps.synthetic.ClassDump;
import heapwhy.testdumps.synthetic.Gzip;
import heapwhy.testdumps.synthetic.HeapDumpBody;
import heapwhy.testdumps.synthetic.HprofTags;
import heapwhy.testdumps.synthetic.HprofWriter;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Histograms of synthetic dumps whose every count and byte was worked out by hand. java.lang.Class (the
 * mirrors) is left out of the exact comparisons: its bytes depend on every class's statics.
 */
class SyntheticHistogramTest {
    @TempDir
    Path dir;

    // ---- helpers ----------------------------------------------------------------------------------------

    private ClassHistogram read(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        return Histograms.read(file, ProgressListener.NONE);
    }

    /** displayName -> "count/bytes", java.lang.Class left out. */
    static Map<String, String> table(ClassHistogram h) {
        return h.classes().stream().filter(e -> !e.name().equals("java.lang.Class"))
                .collect(Collectors.toMap(ClassEntry::displayName, e -> e.count() + "/" + e.shallowBytes(),
                        (a, b) -> a + " and " + b, java.util.TreeMap::new));
    }

    private static Map<String, String> expect(Object... nameCountBytes) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (int i = 0; i < nameCountBytes.length; i += 3) {
            m.put((String) nameCountBytes[i], nameCountBytes[i + 1] + "/" + nameCountBytes[i + 2]);
        }
        return m;
    }

    /**
     * Point {int x, int y} x3, Pair {Object a, Object b} x2, primitive arrays of every type with lengths whose
     * padding differs, Object[] of lengths 0, 3 and 4.
     */
    static SyntheticHeap sample(SyntheticHeap h) {
        h.declareClass("com/example/Point").field("x", BasicType.INT).field("y", BasicType.INT).define();
        h.declareClass("com/example/Pair").field("a", BasicType.OBJECT).field("b", BasicType.OBJECT).define();
        long p1 = h.instance("com/example/Point").set("x", 1).set("y", 2).add();
        long p2 = h.instance("com/example/Point").add();
        h.instance("com/example/Point").add();
        h.instance("com/example/Pair").set("a", p1).set("b", p2).add();
        h.instance("com/example/Pair").add();
        for (int n : new int[]{0, 1, 8, 9}) {
            h.primitiveArray(new byte[n]);
        }
        h.primitiveArray(new boolean[3]);
        h.primitiveArray(new char[4]);
        h.primitiveArray(new char[5]);
        h.primitiveArray(new short[1]);
        h.primitiveArray(new int[2]);
        h.primitiveArray(new int[3]);
        h.primitiveArray(new float[1]);
        h.primitiveArray(new long[0]);
        h.primitiveArray(new long[1]);
        h.primitiveArray(new double[2]);
        h.objectArray("[Ljava/lang/Object;");
        h.objectArray("[Ljava/lang/Object;", p1, p2, 0);
        h.objectArray("[Ljava/lang/Object;", p1, p2, p1, p2);
        long t = h.instance("com/example/Point").add(); // a 4th Point, as a thread-ish root target
        h.root(RootKind.STICKY_CLASS, h.classId("com/example/Point"));
        h.root(RootKind.JNI_GLOBAL, t, 0x1234);
        return h;
    }

    /** Header 12, references 4, every array base 16 (the default 64-bit JVM). */
    private static Map<String, String> compressedExpectation() {
        return expect(
                // 12 + 4 + 4 = 20 -> 24
                "com.example.Point", 4, 96,
                // 12 + 4 + 4 = 20 -> 24
                "com.example.Pair", 2, 48,
                // 16+0=16, 16+1=17->24, 16+8=24, 16+9=25->32
                "byte[]", 4, 16 + 24 + 24 + 32,
                // 16+3=19 -> 24
                "boolean[]", 1, 24,
                // 16+8=24, 16+10=26->32
                "char[]", 2, 24 + 32,
                // 16+2=18 -> 24
                "short[]", 1, 24,
                // 16+8=24, 16+12=28->32
                "int[]", 2, 24 + 32,
                // 16+4=20 -> 24
                "float[]", 1, 24,
                // 16, 16+8=24
                "long[]", 2, 16 + 24,
                // 16+16=32
                "double[]", 1, 32,
                // 16, 16+12=28->32, 16+16=32
                "java.lang.Object[]", 3, 16 + 32 + 32);
    }

    // ---- layouts ----------------------------------------------------------------------------------------

    @Test
    void compressedLayoutFromUnsafeStatics() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(8).layout(LayoutStatics.compressed()));
        ClassHistogram hist = read("c.hprof", h.toBytes());
        assertEquals(compressedExpectation(), table(hist));
        assertEquals(12, hist.layout().headerBytes());
        assertEquals(4, hist.layout().referenceBytes());
        assertEquals(List.of(), hist.warnings());
    }

    @Test
    void uncompressedOopsFromUnsafeStatics() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(8).layout(LayoutStatics.uncompressedOops()));
        ClassHistogram hist = read("o.hprof", h.toBytes());
        Map<String, String> want = compressedExpectation();
        // Point: 12 + 8 = 20 -> 24 (no references); Pair: 12 -> pad to 16, refs 16..24, 24..32 -> 32
        want.putAll(expect("com.example.Pair", 2, 64,
                // 16, 16+24=40, 16+32=48
                "java.lang.Object[]", 3, 16 + 40 + 48));
        assertEquals(want, table(hist));
        assertEquals(8, hist.layout().referenceBytes());
        assertEquals(12, hist.layout().headerBytes());
    }

    @Test
    void uncompressedClassPointersFromUnsafeStatics() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(8).layout(LayoutStatics.uncompressedClassPointers()));
        ClassHistogram hist = read("k.hprof", h.toBytes());
        assertEquals(16, hist.layout().headerBytes());
        assertEquals(4, hist.layout().referenceBytes());
        assertEquals(expect(
                // 16 + 8 = 24
                "com.example.Point", 4, 96,
                // 16 + 4 + 4 = 24
                "com.example.Pair", 2, 48,
                // 24, 25->32, 32, 33->40
                "byte[]", 4, 24 + 32 + 32 + 40,
                // 27 -> 32
                "boolean[]", 1, 32,
                // 24+8=32, 24+10=34->40
                "char[]", 2, 32 + 40,
                // 26 -> 32
                "short[]", 1, 32,
                // 32, 36 -> 40
                "int[]", 2, 32 + 40,
                // 28 -> 32
                "float[]", 1, 32,
                // 24, 32
                "long[]", 2, 24 + 32,
                // 24+16 = 40
                "double[]", 1, 40,
                // 24, 24+12=36->40, 24+16=40
                "java.lang.Object[]", 3, 24 + 40 + 40), table(hist));
    }

    @Test
    void idSize4IsSizedAsA32BitJvm() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(4));
        ClassHistogram hist = read("32.hprof", h.toBytes());
        assertEquals(4, hist.info().idSize());
        assertEquals(expect(
                // header 8: 8 + 4 + 4 = 16
                "com.example.Point", 4, 64,
                "com.example.Pair", 2, 32,
                // base 12: 12->16, 13->16, 20->24, 21->24
                "byte[]", 4, 16 + 16 + 24 + 24,
                // 15 -> 16
                "boolean[]", 1, 16,
                // 20->24, 22->24
                "char[]", 2, 48,
                // 14 -> 16
                "short[]", 1, 16,
                // 20->24, 24
                "int[]", 2, 48,
                // 16
                "float[]", 1, 16,
                // base 16 for 8-byte elements: 16, 24
                "long[]", 2, 40,
                // 16 + 16 = 32
                "double[]", 1, 32,
                // base 12: 12->16, 24, 28->32
                "java.lang.Object[]", 3, 16 + 24 + 32), table(hist));
    }

    @Test
    void noUnsafeStaticsAssumesCompressedLayout() throws IOException {
        ClassHistogram hist = read("plain.hprof", sample(new SyntheticHeap(8)).toBytes());
        assertEquals(compressedExpectation(), table(hist));
        assertTrue(hist.layout().source().startsWith("assumed"), hist.layout().source());
    }

    // ---- framing ----------------------------------------------------------------------------------------

    @Test
    void singleHeapDumpAndManySmallSegmentsGiveTheSameHistogram() throws IOException {
        SyntheticHeap one = sample(new SyntheticHeap(8).version(HprofWriter.V1_0_1)
                .layout(LayoutStatics.compressed()));
        SyntheticHeap many = sample(new SyntheticHeap(8).version(HprofWriter.V1_0_2).segmentSize(64)
                .layout(LayoutStatics.compressed()));
        assertEquals(1, one.recordMap().records(HprofTags.HEAP_DUMP).size());
        assertTrue(many.recordMap().records(HprofTags.HEAP_DUMP_SEGMENT).size() > 10);
        ClassHistogram a = read("one.hprof", one.toBytes());
        ClassHistogram b = read("many.hprof", many.toBytes());
        assertEquals("JAVA PROFILE 1.0.1", a.info().version());
        assertEquals("JAVA PROFILE 1.0.2", b.info().version());
        assertEquals(compressedExpectation(), table(a));
        assertEquals(a.classes(), b.classes());
        assertEquals(List.of(), a.warnings());
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void chunkedGzipPlainGzipAndUncompressedGiveTheSameHistogram() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(8).layout(LayoutStatics.compressed())).gzipMemberSize(100);
        byte[] plain = h.toBytes();
        ClassHistogram raw = read("d.hprof", plain);
        ClassHistogram chunked = read("d-chunked.hprof.gz", h.gzipped(true));
        ClassHistogram gz = read("d-plain.bin", Gzip.plain(plain)); // detected by magic, not by name
        assertEquals(Compression.NONE, raw.info().compression());
        assertEquals(Compression.CHUNKED_GZIP, chunked.info().compression());
        assertEquals(Compression.GZIP, gz.info().compression());
        assertEquals(compressedExpectation(), table(raw));
        assertEquals(raw.classes(), chunked.classes());
        assertEquals(raw.classes(), gz.classes());
        assertEquals(List.of(), chunked.warnings());
        assertEquals(List.of(), gz.warnings());
    }

    @Test
    void rootsFirstOrderGivesTheSameHistogram() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(8).layout(LayoutStatics.compressed()).rootsFirst(true));
        assertEquals(compressedExpectation(), table(read("r.hprof", h.toBytes())));
    }

    // ---- Android --------------------------------------------------------------------------------------

    @Test
    void androidSubRecordsInA103DumpAreReadAndCounted() throws IOException {
        long object = 0x1000;
        long foo = 0x1100;
        HprofWriter w = new HprofWriter(4).header(HprofWriter.V1_0_3, 1_700_000_000_000L);
        w.utf8(0x100, "java/lang/Object").utf8(0x101, "android/Foo").utf8(0x102, "count").utf8(0x103, "app");
        w.loadClass(1, object, 1, 0x100).loadClass(2, foo, 1, 0x101).trace(1, 0);
        HeapDumpBody b = w.newBody();
        b.heapDumpInfo('A', 0x103);
        b.classDump(ClassDump.of(object, 0, 0, 0, List.of(), List.of()));
        b.classDump(ClassDump.of(foo, object, 0, 4, List.of(),
                List.of(new ClassDump.FieldDecl(0x102, BasicType.INT))));
        b.instanceDump(0x2000, 1, foo, new byte[]{0, 0, 0, 7});
        b.instanceDump(0x2010, 1, foo, new byte[]{0, 0, 0, 8});
        b.primArrayNoData(0x2100, 1, 10, BasicType.CHAR);
        b.heapDumpInfo('Z', 0x103);
        b.primArrayNoData(0x2200, 1, 3, BasicType.INT);
        b.primArrayDump(0x2300, 1, new byte[5]);
        b.root(RootKind.INTERNED_STRING, 0x2000);
        b.root(RootKind.FINALIZING, 0x2000);
        b.root(RootKind.DEBUGGER, 0x2000);
        b.root(RootKind.REFERENCE_CLEANUP, 0x2000);
        b.root(RootKind.VM_INTERNAL, 0x2010);
        b.root(RootKind.JNI_MONITOR, 0x2010, 1, 2);
        b.root(RootKind.UNREACHABLE, 0x2300);
        w.heapDumpSegment(b).heapDumpEnd();
        ClassHistogram hist = read("android.hprof", w.toByteArray());
        assertEquals("JAVA PROFILE 1.0.3", hist.info().version());
        // 32-bit sizes: header 8, base 12 (16 for 8-byte elements)
        assertEquals(expect(
                // 8 + 4 = 12 -> 16
                "android.Foo", 2, 32,
                // no data, length 10: 12 + 20 = 32
                "char[]", 1, 32,
                // no data, length 3: 12 + 12 = 24
                "int[]", 1, 24,
                // 12 + 5 = 17 -> 24
                "byte[]", 1, 24), table(hist));
        assertEquals(List.of(), hist.warnings());
    }

    // ---- class identity -----------------------------------------------------------------------------------

    @Test
    void sameNameFromTwoLoadersStaysApart() throws IOException {
        long object = 0x1000;
        long classLoader = 0x1100;
        long appLoader = 0x1200;
        long foo1 = 0x1300;
        long foo2 = 0x1400;
        long loader1 = 0x5000;
        long loader2 = 0x6000;
        HprofWriter w = new HprofWriter(8).header(HprofWriter.V1_0_2, 1_700_000_000_000L);
        w.utf8(0x100, "java/lang/Object").utf8(0x101, "java/lang/ClassLoader")
                .utf8(0x102, "com/example/AppLoader").utf8(0x103, "com/example/Foo").utf8(0x104, "v");
        w.loadClass(1, object, 1, 0x100).loadClass(2, classLoader, 1, 0x101).loadClass(3, appLoader, 1, 0x102)
                .loadClass(4, foo1, 1, 0x103).loadClass(5, foo2, 1, 0x103).trace(1, 0);
        HeapDumpBody b = w.newBody();
        b.classDump(ClassDump.of(object, 0, 0, 0, List.of(), List.of()));
        b.classDump(ClassDump.of(classLoader, object, 0, 0, List.of(), List.of()));
        b.classDump(ClassDump.of(appLoader, classLoader, 0, 0, List.of(), List.of()));
        List<ClassDump.FieldDecl> v = List.of(new ClassDump.FieldDecl(0x104, BasicType.INT));
        b.classDump(ClassDump.of(foo1, object, loader1, 4, List.of(), v));
        b.classDump(ClassDump.of(foo2, object, loader2, 4, List.of(), v));
        b.instanceDump(loader1, 1, appLoader, new byte[0]);
        b.instanceDump(loader2, 1, appLoader, new byte[0]);
        long id = 0x7000;
        for (int i = 0; i < 2; i++) {
            b.instanceDump(id += 16, 1, foo1, new byte[4]);
        }
        for (int i = 0; i < 3; i++) {
            b.instanceDump(id += 16, 1, foo2, new byte[4]);
        }
        w.heapDumpSegment(b).heapDumpEnd();
        ClassHistogram hist = read("loaders.hprof", w.toByteArray());
        Map<String, ClassEntry> byDisplay = new LinkedHashMap<>();
        hist.classes().forEach(e -> byDisplay.put(e.displayName(), e));
        ClassEntry a = byDisplay.get("com.example.Foo (com.example.AppLoader@0x5000)");
        ClassEntry c = byDisplay.get("com.example.Foo (com.example.AppLoader@0x6000)");
        assertNotNull(a, byDisplay.keySet().toString());
        assertNotNull(c, byDisplay.keySet().toString());
        assertTrue(a.nameIsShared());
        assertTrue(c.nameIsShared());
        assertEquals("com.example.Foo", a.name());
        // 12 + 4 = 16 (no Unsafe: compressed layout assumed)
        assertEquals(2, a.count());
        assertEquals(32, a.shallowBytes());
        assertEquals(3, c.count());
        assertEquals(48, c.shallowBytes());
        ClassEntry loaders = byDisplay.get("com.example.AppLoader");
        assertNotNull(loaders, byDisplay.keySet().toString());
        assertFalse(loaders.nameIsShared());
        assertEquals(2, loaders.count());
    }

    @Test
    void instanceOfAClassWithoutClassDumpOrNameIsAnUnknownClassWithAWarning() throws IOException {
        SyntheticHeap h = sample(new SyntheticHeap(8).layout(LayoutStatics.compressed()));
        SyntheticHeap.Written written = h.render();
        HeapDumpBody stray = new HeapDumpBody(8);
        stray.instanceDump(0x7_0000_0000L, 1, 0xDEAD_0000L, new byte[8]);
        stray.instanceDump(0x7_0000_0010L, 1, 0xDEAD_0000L, new byte[8]);
        byte[] bytes = BrokenDumps.insertSubRecord(written.bytes(),
                written.recordMap().firstRecord(HprofTags.HEAP_DUMP_SEGMENT).bodyOffset(), stray.toByteArray());
        ClassHistogram hist = read("unknown.hprof", bytes);
        Map<String, String> want = compressedExpectation();
        // nothing is known about the class: header only, 12 -> 16 bytes each
        want.put("unknown class 0xdead0000", "2/32");
        assertEquals(want, table(hist));
        assertEquals(1, hist.warnings().size(), hist.warnings().toString());
        assertTrue(hist.warnings().get(0).contains("unknown class"), hist.warnings().toString());
    }
}
