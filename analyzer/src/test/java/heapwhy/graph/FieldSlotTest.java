package heapwhy.graph;

import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One field read at the place its class keeps it is what decoding all of the instance's fields gives. */
class FieldSlotTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "GZIP", "NO_COMPRESSED_OOPS"})
    void everyFieldOfEveryInstanceReadAtItsSlotIsTheLastOfThatNameRawFieldsGives(Variant variant)
            throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, variant).dumps().get(2);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
            ObjectContents contents = index.contents();
            int fields = 0;
            int widths = 0;
            for (int node = 0; node < index.nodeCount(); node++) {
                if (index.isClass(node) || contents.arrayLength(node) >= 0) {
                    continue;
                }
                // a subclass may repeat a superclass's field name: the superclass's comes last and is the one read
                Map<String, HeapField> last = new LinkedHashMap<>();
                for (HeapField f : contents.rawFields(node)) {
                    last.put(f.name(), f);
                }
                int classIndex = index.classIndex(node);
                for (HeapField f : last.values()) {
                    FieldSlot slot = contents.fieldSlot(classIndex, f.name());
                    assertNotNull(slot, f.name());
                    assertEquals(f.type(), slot.type(), f.name());
                    assertEquals(f.value(), contents.fieldValue(node, slot), index.describe(node) + "." + f.name());
                    fields++;
                    widths |= 1 << f.type();
                }
                assertNull(contents.fieldSlot(classIndex, "noSuchField"));
            }
            assertTrue(fields > 10_000, fields + " fields");
            // references, booleans, chars, ints, longs at least: each type's width and sign are read as decoded
            for (int type : new int[] {2, 4, 5, 10, 11}) {
                assertTrue((widths & (1 << type)) != 0, "type " + type);
            }
        }
    }
}
