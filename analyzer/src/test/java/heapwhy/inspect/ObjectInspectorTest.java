package heapwhy.inspect;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspector on the static-cache leak's last dump, whose shape is known: class MyCache's static ENTRIES is
 * a HashMap of 50 tenants, each a list of MyCache$Entry, 60,000 in all.
 */
class ObjectInspectorTest {
    private static final String MY_CACHE = "heapwhy.testdumps.scenarios.MyCache";

    @TempDir
    static Path tmp;
    private static HeapIndex index;
    private static ObjectInspector inspector;

    @BeforeAll
    static void open() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
        index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE);
        inspector = new ObjectInspector(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static int mirror(String className) {
        return mirror(index, className);
    }

    private static int mirror(HeapIndex in, String className) {
        for (int v = 0; v < in.nodeCount(); v++) {
            if (in.isClass(v) && in.describe(v).equals("class " + className)) {
                return v;
            }
        }
        throw new AssertionError("no class mirror for " + className);
    }

    private static <T> T only(List<T> items, Predicate<T> which) {
        List<T> found = items.stream().filter(which).toList();
        assertEquals(1, found.size(), items.toString());
        return found.get(0);
    }

    @Test
    void aClassShowsItsStaticFieldAsAReferenceToTheMapThatBothWaysSayStaticMyCacheEntries() throws IOException {
        int myCache = mirror(MY_CACHE);
        ObjectDetails details = inspector.inspect(myCache, 100);
        assertEquals("class " + MY_CACHE, details.what());
        FieldValue entries = only(details.fields(), f -> f.name().equals("ENTRIES"));
        assertEquals("java.util.HashMap", entries.type(), "the class of the object held, not HPROF's basic type");
        assertTrue(entries.value().matches("java\\.util\\.HashMap 0x[0-9a-f]+"), entries.value());
        assertEquals("java.util.HashMap", index.describe(entries.node()));
        Reference out = only(details.outgoing(), r -> r.node() == entries.node());
        assertEquals("static MyCache.ENTRIES", out.label());

        ObjectDetails map = inspector.inspect(entries.node(), 100);
        assertEquals(myCache, map.dominator());
        assertEquals("50", only(map.fields(), f -> f.name().equals("size")).value());
        assertEquals("int", only(map.fields(), f -> f.name().equals("size")).type());
        assertEquals("java.util.HashMap$Node[]", only(map.fields(), f -> f.name().equals("table")).type());
        assertEquals("null", only(map.fields(), f -> f.name().equals("entrySet")).type(), "a HashMap nobody iterated");
        Reference in = only(map.referrers(), r -> r.node() == myCache);
        assertEquals("static MyCache.ENTRIES", in.label());
        assertEquals("class " + MY_CACHE, in.what());
        assertEquals(index.retainedSize(myCache), in.retainedBytes());
        assertEquals(index.retainedSize(entries.node()), map.retainedBytes());
    }

    @Test
    void anArrayShowsOnlyItsFirstElementsButCountsThemAll() throws IOException {
        int map = only(inspector.inspect(mirror(MY_CACHE), 100).fields(), f -> f.name().equals("ENTRIES")).node();
        int table = only(inspector.inspect(map, 100).fields(), f -> f.name().equals("table")).node();
        ObjectDetails details = inspector.inspect(table, 10);
        assertEquals(index.contents().arrayLength(table), details.arrayLength());
        assertTrue(details.arrayLength() > 10, "the table of 50 entries has more than 10 slots");
        assertEquals(details.arrayLength(), details.fieldCount());
        assertEquals(10, details.fields().size());
        for (int i = 0; i < 10; i++) {
            FieldValue slot = details.fields().get(i);
            assertEquals("[" + i + "]", slot.name());
            assertTrue(slot.value().equals("null") == (slot.node() < 0), slot.toString());
            assertEquals(slot.node() < 0 ? "null" : "java.util.HashMap$Node", slot.type(), slot.toString());
        }
        assertEquals(index.outboundCount(table), details.outgoingCount());
        assertTrue(details.outgoing().size() <= 10);
        for (Reference r : details.outgoing()) {
            assertTrue(r.label().equals("<class>") || r.label().matches("\\[\\d+]"), r.label());
        }
    }

    @Test
    void aMapEntryNamesItsKeyWithTheStringsText() throws IOException {
        int map = only(inspector.inspect(mirror(MY_CACHE), 100).fields(), f -> f.name().equals("ENTRIES")).node();
        int table = only(inspector.inspect(map, 100).fields(), f -> f.name().equals("table")).node();
        FieldValue slot = inspector.inspect(table, 1000).fields().stream().filter(f -> f.node() >= 0).findFirst()
                .orElseThrow();
        ObjectDetails node = inspector.inspect(slot.node(), 100);
        FieldValue key = only(node.fields(), f -> f.name().equals("key"));
        assertTrue(key.value().matches("java\\.lang\\.String \"tenant-\\d+\" 0x[0-9a-f]+"), key.value());
        Reference back = only(node.referrers(), r -> r.node() == table);
        assertEquals(slot.name(), back.label());
    }

    @Test
    void aClassWithSixtyThousandInstancesListsOnlyTheLimitOfItsReferrers() throws IOException {
        ObjectDetails entryClass = inspector.inspect(mirror(MY_CACHE + "$Entry"), 25);
        assertTrue(entryClass.referrerCount() >= 60_000, "every instance refers to its class: " + entryClass.referrerCount());
        assertEquals(25, entryClass.referrers().size());
        assertTrue(entryClass.referrers().stream().anyMatch(r -> r.label().equals("<class>")), entryClass.referrers().toString());
    }

    @Test
    void aSystemClassSaysWhichGcRootItIs() throws IOException {
        ObjectDetails string = inspector.inspect(mirror("java.lang.String"), 10);
        assertTrue(string.roots().contains("system class java.lang.String"), string.roots().toString());
        assertFalse(inspector.inspect(mirror(MY_CACHE), 10).roots().contains("system class " + MY_CACHE));
    }

    @Test
    void aPlainGzipDumpStillShowsStaticsAndReferencesButSaysItsFieldsCannotBeRead() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
        Path gz = tmp.resolve("plain.hprof.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
            java.nio.file.Files.copy(dump, out);
        }
        try (HeapIndex plain = HeapIndex.open(gz, IndexOptions.defaults().withIndexDir(tmp.resolve("gz-index")),
                ProgressListener.NONE)) {
            ObjectInspector gzInspector = new ObjectInspector(plain);
            int myCache = mirror(plain, MY_CACHE);
            ObjectDetails mirror = gzInspector.inspect(myCache, 100);
            assertTrue(mirror.fieldsReadable(), "a class's statics come from the index");
            int map = only(mirror.fields(), f -> f.name().equals("ENTRIES")).node();
            ObjectDetails details = gzInspector.inspect(map, 100);
            assertFalse(details.fieldsReadable());
            assertEquals(List.of(), details.fields());
            assertEquals(plain.outboundCount(map), details.outgoing().size());
            assertEquals("static MyCache.ENTRIES", only(details.referrers(), r -> r.node() == myCache).label());
        }
    }

    @Test
    void aNodeOutsideTheDumpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> inspector.inspect(index.nodeCount(), 10));
        assertThrows(IllegalArgumentException.class, () -> inspector.inspect(-1, 10));
    }
}
