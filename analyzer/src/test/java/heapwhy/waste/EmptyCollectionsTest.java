package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Empty collections as each class keeps its size: a subclass by its JDK superclass's field, ArrayDeque by head
 * and tail, a set by its map, Properties (JDK 9+) by its own map and not by Hashtable's count, and a
 * ConcurrentHashMap with counter cells never (its size is spread over them).
 */
class EmptyCollectionsTest {
    @TempDir
    Path tmp;

    @Test
    void eachCollectionIsSizedAsItsClassKeepsItsSize() throws IOException {
        SyntheticHeap h = WasteHeaps.heap();
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareClass("java/util/ArrayList").field("elementData", BasicType.OBJECT).field("size", BasicType.INT)
                .define();
        h.declareClass("com/example/Orders", "java/util/ArrayList").field("owner", BasicType.OBJECT).define();
        h.declareClass("java/util/ArrayDeque").field("elements", BasicType.OBJECT).field("head", BasicType.INT)
                .field("tail", BasicType.INT).define();
        h.declareClass("java/util/HashMap").field("table", BasicType.OBJECT).field("size", BasicType.INT).define();
        h.declareClass("java/util/LinkedHashMap", "java/util/HashMap").field("head", BasicType.OBJECT).define();
        h.declareClass("java/util/HashSet").field("map", BasicType.OBJECT).define();
        h.declareClass("java/util/LinkedHashSet", "java/util/HashSet").define();
        h.declareClass("java/util/concurrent/ConcurrentHashMap").field("table", BasicType.OBJECT)
                .field("baseCount", BasicType.LONG).field("counterCells", BasicType.OBJECT).define();
        h.declareClass("java/util/Hashtable").field("table", BasicType.OBJECT).field("count", BasicType.INT).define();
        h.declareClass("java/util/Properties", "java/util/Hashtable").field("map", BasicType.OBJECT).define();

        long cells = h.objectArray("[Ljava/lang/Object;");
        long[] held = {
            h.instance("com/example/Orders").set("size", 0).add(),                                  // empty
            h.instance("com/example/Orders").set("size", 2).add(),
            h.instance("java/util/ArrayDeque").set("head", 3).set("tail", 3).add(),                 // empty
            h.instance("java/util/ArrayDeque").set("head", 0).set("tail", 2).add(),
            h.instance("java/util/LinkedHashSet")                                                    // empty
                    .set("map", h.instance("java/util/LinkedHashMap").set("size", 0).add()).add(),
            h.instance("java/util/concurrent/ConcurrentHashMap").set("baseCount", 0L).add(),         // empty
            h.instance("java/util/concurrent/ConcurrentHashMap").set("baseCount", 0L)
                    .set("counterCells", cells).add(),
            h.instance("java/util/Properties").set("count", 0).set("map",
                    h.instance("java/util/concurrent/ConcurrentHashMap").set("baseCount", 2L).add()).add(),
        };
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", held), 1);
        Path dump = h.writeTo(tmp.resolve("empty.hprof"));
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteFinding f = Waste.find(index, new WasteQuery(Set.of(WasteKind.EMPTY_COLLECTIONS), 10))
                    .findings().get(0);
            List<String> classes = f.examples().stream().map(WasteExample::text).sorted().toList();
            assertEquals(List.of("com.example.Orders", "java.util.ArrayDeque", "java.util.LinkedHashSet",
                    "java.util.concurrent.ConcurrentHashMap"), classes, f.toString());
            assertEquals(4, f.objects());
            // the set and its map are one waste: the set's retained size
            assertEquals(f.examples().stream().mapToLong(WasteExample::wastedBytes).sum(), f.wastedBytes());
            // an array a GC root holds is named by the root
            assertEquals(List.of(new OwnerRow("JNI global: java.lang.Object[]", 4, f.wastedBytes())), OwnerRow.of(f.owners()));
        }
    }
}
