package heapwhy.waste;

import heapwhy.graph.HeapField;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a real JVM's dump (COLLECTION_STEPS' {@code Empties}): every container of the JDK, Guava and Caffeine is
 * found empty when new and when drained after use, and never when it holds one element; the inspection counts
 * each once, its insides (a set's map, a cache's segments) inside it.
 */
class EmptyCollectionsOnRealDumpTest {
    private static final String EMPTIES = "heapwhy.testdumps.scenarios.steps.Empties";

    @TempDir
    static Path indexDir;
    private static HeapIndex index;

    @BeforeAll
    static void openDump() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.COLLECTION_STEPS, Variant.DEFAULT).dumps().get(0);
        index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(indexDir), ProgressListener.NONE);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void eachContainerIsEmptyWhenNewAndWhenDrainedAndNeverWithAnElement() throws IOException {
        EmptyCollections empty = new EmptyCollections(index);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> made = containers("NEW");
        assertTrue(made.size() >= 37, made.keySet().toString());
        made.forEach((name, node) -> check(empty, "new " + name, node, true, wrong));
        containers("DRAINED").forEach((name, node) -> check(empty, "drained " + name, node, true, wrong));
        containers("FULL").forEach((name, node) -> check(empty, "full " + name, node, false, wrong));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theInspectionCountsEachEmptyContainerOnceAndNoFullOne() throws IOException {
        int kinds = containers("NEW").size();
        WasteFinding f = Waste.find(index, new WasteQuery(Set.of(WasteKind.EMPTY_COLLECTIONS), Integer.MAX_VALUE))
                .findings().get(0);
        Map<String, Long> byOwner = new LinkedHashMap<>();
        for (WasteOwner o : f.owners()) {
            byOwner.put(o.name(), o.objects());
        }
        assertEquals((long) kinds, byOwner.get("static Empties.NEW (LinkedHashMap values)"), byOwner.toString());
        assertEquals((long) kinds, byOwner.get("static Empties.DRAINED (LinkedHashMap values)"), byOwner.toString());
        assertFalse(byOwner.keySet().stream().anyMatch(o -> o.contains("FULL")), byOwner.toString());
    }

    @Test
    void anEmptyCollectionsOwnZeroLengthArrayIsCountedWithItNotAgain() throws IOException {
        // an empty CopyOnWriteArrayList holds an Object[0] of its own
        WasteFinding f = Waste.find(index, new WasteQuery(Set.of(WasteKind.ZERO_LENGTH_ARRAYS), Integer.MAX_VALUE))
                .findings().get(0);
        assertFalse(f.owners().stream().anyMatch(o -> o.name().contains("Empties.NEW")
                || o.name().contains("Empties.DRAINED")), f.owners().toString());
    }

    private static void check(EmptyCollections empty, String what, int node, boolean expected, List<String> wrong) {
        try {
            if (!empty.isCollection(index.classIndex(node))) {
                wrong.add(what + ": " + index.classOf(node).name() + " not known as a collection");
            } else if (empty.isEmpty(node) != expected) {
                wrong.add(what + ": " + index.classOf(node).name() + (expected ? " not found empty" : " found empty"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The containers a static LinkedHashMap of Empties holds, by the name they are kept under. */
    private static Map<String, Integer> containers(String field) throws IOException {
        int map = node(staticField(field));
        Map<String, Integer> found = new LinkedHashMap<>();
        for (long entry = value(map, "head"); entry != 0; entry = value(node(entry), "after")) {
            int e = node(entry);
            found.put(index.contents().stringValue(node(value(e, "key"))), node(value(e, "value")));
        }
        return found;
    }

    private static long staticField(String name) throws IOException {
        for (int node = 0; node < index.nodeCount(); node++) {
            if (index.isClass(node) && index.contents().classShape(node).name().equals(EMPTIES)) {
                return value(node, name);
            }
        }
        throw new AssertionError(EMPTIES + " is not in the dump");
    }

    private static long value(int node, String name) throws IOException {
        for (HeapField f : index.contents().rawFields(node)) {
            if (f.name().equals(name)) {
                return f.value();
            }
        }
        throw new AssertionError("no field " + name + " in " + index.describe(node));
    }

    private static int node(long id) {
        int node = index.findObject(id);
        assertTrue(node != HeapIndex.NOT_FOUND, Long.toHexString(id));
        return node;
    }
}
