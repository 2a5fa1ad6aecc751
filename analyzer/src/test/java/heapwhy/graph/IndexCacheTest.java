package heapwhy.graph;

import heapwhy.hprof.HprofException;
import heapwhy.hprof.ProgressListener;
import heapwhy.summary.HeapSummary;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The saved index is reused when intact and rebuilt, with the same answers, when anything is off. */
class IndexCacheTest {
    @TempDir
    Path tmp;

    private Path dump;
    private Path indexRoot;
    private byte[] dumpBytes;
    private FileTime dumpTime;

    /** Answers that must not depend on whether the index came from the cache. */
    private record Answers(long objects, long graphBytes, long unreachable, long dangling, long edges,
                           List<HeapClass> classes, List<GcRoot> roots, long[] retained, int[] idom) {
        void assertSame(Answers other) {
            assertEquals(objects, other.objects);
            assertEquals(graphBytes, other.graphBytes);
            assertEquals(unreachable, other.unreachable);
            assertEquals(dangling, other.dangling);
            assertEquals(edges, other.edges);
            assertEquals(classes, other.classes);
            assertEquals(roots, other.roots);
            assertArrayEquals(retained, other.retained);
            assertArrayEquals(idom, other.idom);
        }
    }

    private static Answers answers(HeapIndex index) {
        HeapSummary s = HeapSummary.of(index);
        long[] retained = new long[index.nodeCount()];
        int[] idom = new int[index.nodeCount()];
        for (int v = 0; v < retained.length; v++) {
            retained[v] = index.retainedSize(v);
            idom[v] = index.immediateDominator(v);
        }
        return new Answers(s.objects(), index.graphBytes(), s.unreachableObjects(), s.danglingReferences(),
                s.edges(), index.classes(), index.roots(), retained, idom);
    }

    @BeforeEach
    void writeDump() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long node = h.declareClass("com/example/Node").field("next", BasicType.OBJECT)
                .field("payload", BasicType.OBJECT).define();
        long previous = 0;
        for (int i = 0; i < 300; i++) {
            long payload = h.primitiveArray(new byte[i % 17]);
            previous = h.instance(node).set("next", previous).set("payload", payload).add();
            if (i % 50 == 0) {
                h.root(RootKind.JNI_GLOBAL, previous, i);
            }
        }
        h.instance(node).add(); // unreachable
        h.root(RootKind.STICKY_CLASS, node);
        dump = h.writeTo(tmp.resolve("cache.hprof"));
        indexRoot = tmp.resolve("index");
        dumpBytes = Files.readAllBytes(dump);
        dumpTime = Files.getLastModifiedTime(dump);
    }

    @AfterEach
    void dumpIsUntouched() throws IOException {
        assertArrayEquals(dumpBytes, Files.readAllBytes(dump), "the dump's bytes");
        assertEquals(dumpTime, Files.getLastModifiedTime(dump), "the dump's modification time");
    }

    private HeapIndex open() throws IOException {
        return GraphChecks.open(dump, indexRoot, false);
    }

    private List<Path> leftovers(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().contains(".building-")).toList();
        }
    }

    @Test
    void secondOpenComesFromTheCacheWithTheSameAnswers() throws IOException {
        Answers first;
        try (HeapIndex index = open()) {
            assertFalse(index.fromCache());
            assertNull(index.rebuildReason());
            first = answers(index);
        }
        assertEquals(List.of(), leftovers(indexRoot));
        try (HeapIndex index = open()) {
            assertTrue(index.fromCache());
            assertNull(index.rebuildReason());
            assertTrue(HeapSummary.of(index).fromCache());
            first.assertSame(answers(index));
        }
    }

    @Test
    void aNewerModificationTimeRebuilds() throws IOException {
        Answers first;
        try (HeapIndex index = open()) {
            first = answers(index);
        }
        dumpTime = FileTime.fromMillis(dumpTime.toMillis() + 3_600_000);
        Files.setLastModifiedTime(dump, dumpTime);
        try (HeapIndex index = open()) {
            assertFalse(index.fromCache());
            first.assertSame(answers(index));
        }
        try (HeapIndex index = open()) {
            assertTrue(index.fromCache());
        }
    }

    @Test
    void aRebuildForANewerDumpRemovesTheOldIndexAndAbandonedBuilds() throws IOException {
        try (HeapIndex index = open()) {
            assertFalse(index.fromCache());
        }
        Path abandoned = Files.createDirectories(indexRoot.resolve("other.hprof-0000.building-123"));
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));
        Path recent = Files.createDirectories(indexRoot.resolve("other.hprof-0000.building-456"));
        dumpTime = FileTime.fromMillis(dumpTime.toMillis() + 3_600_000);
        Files.setLastModifiedTime(dump, dumpTime);
        try (HeapIndex index = open()) {
            assertFalse(index.fromCache());
        }
        try (var list = Files.list(indexRoot)) {
            List<String> names = list.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString()); // the new index, and the build that may still be running
            assertTrue(names.contains(recent.getFileName().toString()), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("cache.hprof-")), names.toString());
        }
    }

    @Test
    void aCopyWithAnotherSizeIsIndexedAfresh() throws IOException {
        Path copy = tmp.resolve("copy.hprof");
        Files.copy(dump, copy);
        try (HeapIndex index = GraphChecks.open(copy, indexRoot, false)) {
            assertFalse(index.fromCache());
        }
        FileTime time = Files.getLastModifiedTime(copy);
        // one more record: an empty HEAP_DUMP_END at the end keeps the dump valid but changes its size
        Files.write(copy, new byte[]{0x2C, 0, 0, 0, 0, 0, 0, 0, 0}, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(copy, time);
        try (HeapIndex index = GraphChecks.open(copy, indexRoot, false)) {
            assertFalse(index.fromCache());
        }
    }

    private void damagedIndexRebuilds(String file, String mention, DamageAction damage) throws IOException {
        Answers first;
        Path dir;
        try (HeapIndex index = open()) {
            first = answers(index);
            dir = index.indexDir();
        }
        damage.apply(dir.resolve(file));
        try (HeapIndex index = open()) {
            assertFalse(index.fromCache(), file);
            assertTrue(index.rebuildReason() != null && index.rebuildReason().contains(mention),
                    () -> "reason: " + index.rebuildReason());
            first.assertSame(answers(index));
        }
        assertEquals(List.of(), leftovers(indexRoot));
        try (HeapIndex index = open()) {
            assertTrue(index.fromCache(), "the rebuilt index is saved");
        }
    }

    private interface DamageAction {
        void apply(Path file) throws IOException;
    }

    private static void truncate(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 4);
        }
    }

    private static void flipByte(Path file, long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) offset] ^= 0x10;
        Files.write(file, bytes);
    }

    @Test
    void truncatedArrayFileRebuilds() throws IOException {
        damagedIndexRebuilds(GraphFiles.OUT_TARGETS, GraphFiles.OUT_TARGETS, IndexCacheTest::truncate);
    }

    @Test
    void flippedByteInAnArrayFileRebuilds() throws IOException {
        damagedIndexRebuilds(GraphFiles.RETAINED, GraphFiles.RETAINED, f -> flipByte(f, Files.size(f) / 2));
    }

    @Test
    void missingMetaRebuilds() throws IOException {
        damagedIndexRebuilds(GraphFiles.META, GraphFiles.META, Files::delete);
    }

    @Test
    void flippedByteAnywhereInTheMetaIsNeverTrusted() throws IOException {
        Answers first;
        Path meta;
        try (HeapIndex index = open()) {
            first = answers(index);
            meta = index.indexDir().resolve(GraphFiles.META);
        }
        byte[] good = Files.readAllBytes(meta);
        Random random = new Random(7);
        for (int k = 0; k < 12; k++) {
            long offset = k == 0 ? good.length - 1 : random.nextInt(good.length);
            flipByte(meta, offset);
            try (HeapIndex index = open()) {
                Answers now = answers(index);
                if (index.fromCache()) {
                    // a flip that changes no answer would be harmless, but none should get through
                    first.assertSame(now);
                }
                assertFalse(index.fromCache(), "flipped byte " + offset + " of " + good.length + " in meta.bin");
            }
            meta = indexRoot.resolve(meta.getParent().getFileName()).resolve(GraphFiles.META);
            assertTrue(Files.exists(meta));
        }
    }

    @Test
    void failedBuildLeavesNothingBehind() throws IOException {
        Path broken = Files.write(tmp.resolve("broken.hprof"), Arrays.copyOf(dumpBytes, 10));
        Path root = tmp.resolve("index-broken");
        assertThrows(HprofException.class, () -> GraphChecks.open(broken, root, false).close());
        assertEquals(List.of(), leftovers(root));
        if (Files.exists(root)) {
            try (Stream<Path> list = Files.list(root)) {
                assertEquals(List.of(), list.toList());
            }
        }
    }

    @Test
    void withoutTheCacheNothingStaysInTheIndexDir() throws IOException {
        Path root = tmp.resolve("index-nocache");
        Answers first;
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(root).withUseCache(false),
                ProgressListener.NONE)) {
            assertFalse(index.fromCache());
            first = answers(index);
        }
        if (Files.exists(root)) {
            try (Stream<Path> list = Files.list(root)) {
                assertEquals(List.of(), list.toList());
            }
        }
        try (HeapIndex index = open()) {
            first.assertSame(answers(index));
        }
    }
}
