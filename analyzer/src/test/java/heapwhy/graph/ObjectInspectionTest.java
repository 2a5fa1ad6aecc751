package heapwhy.graph;

import heapwhy.hprof.BasicType;
import heapwhy.hprof.ProgressListener;
import heapwhy.summary.HeapSummary;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading fields, statics, array elements and strings of single objects, on a dump whose shape is known. */
class ObjectInspectionTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "GZIP", "NO_COMPRESSED_OOPS"})
    void myCacheStaticMapHoldsFiftyTenantsWhoseKeysReadBack(Variant variant) throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, variant).dumps().get(2);
        // reopening from the index must read the same as the first open
        for (int open = 0; open < 2; open++) {
            try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
                int myCache = -1;
                for (int v = 0; v < index.nodeCount() && myCache < 0; v++) {
                    if (index.isClass(v) && index.describe(v).equals("class heapwhy.testdumps.scenarios.MyCache")) {
                        myCache = v;
                    }
                }
                assertTrue(myCache >= 0, "MyCache's class mirror");
                HeapField entries = field(index.contents().fields(myCache), "ENTRIES");
                assertEquals(BasicType.OBJECT, entries.type());
                int map = entries.node();
                assertEquals("java.util.HashMap", index.describe(map));
                List<HeapField> mapFields = index.contents().fields(map);
                assertEquals(50, field(mapFields, "size").value());
                int table = field(mapFields, "table").node();
                assertEquals(index.contents().arrayLength(table), index.contents().fields(table).size());
                List<String> keys = new ArrayList<>();
                for (HeapField slot : index.contents().fields(table)) {
                    for (int node = slot.node(); node >= 0; ) {
                        List<HeapField> entry = index.contents().fields(node);
                        keys.add(index.contents().stringValue(field(entry, "key").node()));
                        HeapField next = field(entry, "next");
                        node = next.node();
                    }
                }
                assertEquals(50, keys.size());
                for (int i = 0; i < 50; i++) {
                    assertTrue(keys.contains("tenant-" + i), keys.toString());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "GZIP", "OTHER_JDK"})
    void summaryReadsTheDumpedJvmsVersionAndCommandFromSystemProps(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            org.junit.jupiter.api.Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK");
        }
        heapwhy.testdumps.DumpSet set = ScenarioDumps.produce(Scenario.STATIC_CACHE, variant);
        try (HeapIndex index = HeapIndex.open(set.dumps().get(0),
                IndexOptions.defaults().withIndexDir(tmp).withUseCache(false),
                ProgressListener.NONE)) {
            java.util.Map<String, String> properties = HeapSummary.of(index).systemProperties();
            assertEquals(set.javaVersion(), properties.get("java.version"), properties.toString());
            assertTrue(properties.get("sun.java.command").startsWith("heapwhy.testdumps.scenarios.StaticCacheScenario"),
                    properties.toString());
        }
    }

    private static HeapField field(List<HeapField> fields, String name) {
        HeapField found = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        assertNotNull(found, name + " in " + fields);
        return found;
    }
}
