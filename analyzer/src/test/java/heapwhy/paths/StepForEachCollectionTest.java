package heapwhy.paths;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The step through each container that {@code collections.Containers} knows, on a real dump
 * (COLLECTION_STEPS) where a static field of {@code Holder} holds each container and the container holds one
 * object of a marker class of its own: backrefs of that class is one path, and its steps after the class
 * are the static field and one step through the container.
 */
class StepForEachCollectionTest {
    private static final String MARKERS = "heapwhy.testdumps.scenarios.steps.Markers$";

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

    /**
     * The steps of the one path to the marker, from the Holder class, joined by arrows. A step that merged
     * nothing reads as it did alone: {@code map["k"]}, not {@code map[…]}.
     */
    private static String pathTo(String marker) throws IOException {
        BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(MARKERS + marker));
        assertEquals(1, result.targets(), marker);
        assertEquals(1, result.paths(), marker);
        assertEquals(1, result.roots().size(), marker);
        PathTree at = result.roots().get(0);
        assertTrue(at.label().startsWith("class heapwhy.testdumps.scenarios.steps.Holder "), at.label());
        List<String> steps = new ArrayList<>();
        while (!at.children().isEmpty()) {
            assertEquals(1, at.children().size(), marker);
            at = at.children().get(0);
            steps.add(at.label());
        }
        assertEquals(MARKERS + marker, at.className());
        return String.join(" → ", steps);
    }

    /**
     * Maps name the key ({@code "k"}) or, where it cannot be read (an EnumMap's key is its slot), say
     * {@code map[…]}; sets never name their element; lists give the index only in an array they hold
     * themselves (not through LinkedList's nodes or a wrapper's list); queues and deques never do. A multimap
     * is a map of lists, and an async cache holds futures whose result is the value: two steps each.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            InHashMap                    | static Holder.HASH_MAP → map["k"]
            InMapKey                     | static Holder.MAP_KEY → map key …
            InLinkedHashMap              | static Holder.LINKED_HASH_MAP → map["k"]
            InHashtable                  | static Holder.HASHTABLE → map["k"]
            InWeakHashMapValue           | static Holder.WEAK_HASH_MAP → map["k"]
            InIdentityHashMap            | static Holder.IDENTITY_HASH_MAP → map["k"]
            InTreeMap                    | static Holder.TREE_MAP → map["k"]
            InEnumMap                    | static Holder.ENUM_MAP → map[…]
            InConcurrentHashMap          | static Holder.CONCURRENT_HASH_MAP → map["k"]
            InConcurrentSkipListMap      | static Holder.CONCURRENT_SKIP_LIST_MAP → map["k"]
            InImmutableMapN              | static Holder.IMMUTABLE_MAP_N → map["k"]
            InSynchronizedMap            | static Holder.SYNCHRONIZED_MAP → map["k"]
            InHashSet                    | static Holder.HASH_SET → set[…]
            InLinkedHashSet              | static Holder.LINKED_HASH_SET → set[…]
            InTreeSet                    | static Holder.TREE_SET → set[…]
            InConcurrentSkipListSet      | static Holder.CONCURRENT_SKIP_LIST_SET → set[…]
            InCopyOnWriteArraySet        | static Holder.COPY_ON_WRITE_ARRAY_SET → set[…]
            InConcurrentKeySet           | static Holder.CONCURRENT_KEY_SET → set[…]
            InImmutableSetN              | static Holder.IMMUTABLE_SET_N → set[…]
            InSynchronizedSet            | static Holder.SYNCHRONIZED_SET → set[…]
            InArrayList                  | static Holder.ARRAY_LIST → list[0]
            InVector                     | static Holder.VECTOR → list[0]
            InStack                      | static Holder.STACK → list[0]
            InCopyOnWriteArrayList       | static Holder.COPY_ON_WRITE_ARRAY_LIST → list[0]
            InArraysAsList               | static Holder.ARRAYS_AS_LIST → list[0]
            InImmutableListN             | static Holder.IMMUTABLE_LIST_N → list[0]
            InLinkedList                 | static Holder.LINKED_LIST → list[…]
            InUnmodifiableList           | static Holder.UNMODIFIABLE_LIST → list[…]
            InArrayDeque                 | static Holder.ARRAY_DEQUE → deque[…]
            InLinkedBlockingDeque        | static Holder.LINKED_BLOCKING_DEQUE → deque[…]
            InConcurrentLinkedDeque      | static Holder.CONCURRENT_LINKED_DEQUE → deque[…]
            InPriorityQueue              | static Holder.PRIORITY_QUEUE → queue[…]
            InLinkedBlockingQueue        | static Holder.LINKED_BLOCKING_QUEUE → queue[…]
            InArrayBlockingQueue         | static Holder.ARRAY_BLOCKING_QUEUE → queue[…]
            InConcurrentLinkedQueue      | static Holder.CONCURRENT_LINKED_QUEUE → queue[…]
            InLinkedTransferQueue        | static Holder.LINKED_TRANSFER_QUEUE → queue[…]
            InPriorityBlockingQueue      | static Holder.PRIORITY_BLOCKING_QUEUE → queue[…]
            InDelayQueue                 | static Holder.DELAY_QUEUE → queue[…]
            InCheckedQueue               | static Holder.CHECKED_QUEUE → queue[…]
            InGuavaCache                 | static Holder.GUAVA_CACHE → cache["k"]
            InGuavaMapMaker              | static Holder.GUAVA_MAP_MAKER → map["k"]
            InGuavaHashBiMap             | static Holder.GUAVA_HASH_BI_MAP → map["k"]
            InGuavaImmutableList         | static Holder.GUAVA_IMMUTABLE_LIST → list[1]
            InGuavaMultimap              | static Holder.GUAVA_MULTIMAP → map["k"] → list[0]
            InCaffeineCache              | static Holder.CAFFEINE_CACHE → cache["k"]
            InCaffeineBoundedCache       | static Holder.CAFFEINE_BOUNDED_CACHE → cache["k"]
            InCaffeineAsyncCache         | static Holder.CAFFEINE_ASYNC_CACHE → cache["k"] → result
            InCaffeineBoundedAsyncCache  | static Holder.CAFFEINE_BOUNDED_ASYNC_CACHE → cache["k"] → result
            """)
    void theContainerIsOneStep(String marker, String expected) throws IOException {
        assertEquals(expected, pathTo(marker));
    }

    /** The set holds the string "first" in slot 0 of its array and the marker in slot 1. */
    @Test
    void aSetNeverNamesItsElementsNeighbourAsKey() throws IOException {
        assertEquals("static Holder.COPY_ON_WRITE_ARRAY_SET_SECOND → set[…]", pathTo("InCopyOnWriteArraySetSecond"));
    }

    /** The EnumMap holds the string "first" in slot FIRST and the marker in slot SECOND. */
    @Test
    void anEnumMapNeverNamesTheValueBeforeAsKey() throws IOException {
        assertEquals("static Holder.ENUM_MAP_SECOND_SLOT → map[…]", pathTo("InEnumMapSecondSlot"));
    }

    @Test
    void guavasImmutableMapIsOneStepWithItsKey() throws IOException {
        assertEquals("static Holder.GUAVA_IMMUTABLE_MAP → map[\"k\"]", pathTo("InGuavaImmutableMap"));
    }
}
