package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static heapwhy.waste.WasteHeaps.latin1;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Owners through containers on a hand-made heap: a list in a map's values is named from the field down through
 * both, an array in a list too; an object at the far end of a long linked list is named by the list's field,
 * however many nodes the path runs through, and a ThreadLocal's value by the field that holds the ThreadLocal.
 *
 * <pre>
 * static Shop.TAGS   = HashMap {"t1" → ArrayList ["red", "red"], "t2" → ArrayList ["red"]}: 2 extra "red"
 * static Shop.GRID   = ArrayList [Object[] {"blue", "blue"}]: 1 extra "blue"
 * static Shop.QUEUE  = LinkedList of 300 nodes, each item a String "green": 299 extra "green"
 * static Shop.USER   = a ThreadLocal whose value is "anna" in each of two threads' ThreadLocal maps:
 *                      1 extra "anna", named by the field that holds the ThreadLocal
 * </pre>
 */
class OwnerNamesTest {
    private static final int NODES = 300;

    @TempDir
    static Path tmp;

    private static Path dump;

    @BeforeAll
    static void writeDump() {
        SyntheticHeap h = WasteHeaps.heap();
        WasteHeaps.declareListAndMap(h);
        h.declareClass("java/util/LinkedList").field("first", BasicType.OBJECT).field("last", BasicType.OBJECT)
                .field("size", BasicType.INT).define();
        h.declareClass("java/util/LinkedList$Node").field("item", BasicType.OBJECT).field("next", BasicType.OBJECT)
                .field("prev", BasicType.OBJECT).define();

        long t1 = list(h, latin1(h, "red"), latin1(h, "red"));
        long t2 = list(h, latin1(h, "red"));
        long n1 = h.instance("java/util/HashMap$Node").set("key", latin1(h, "t1")).set("value", t1).add();
        long n2 = h.instance("java/util/HashMap$Node").set("key", latin1(h, "t2")).set("value", t2).add();
        long tags = h.instance("java/util/HashMap").set("table", h.objectArray("[Ljava/util/HashMap$Node;", n1, n2))
                .set("size", 2).add();
        long grid = list(h, h.objectArray("[Ljava/lang/Object;", latin1(h, "blue"), latin1(h, "blue")));
        // built from the far end, so each node can name the next; the list holds only its first node
        long next = 0;
        for (int i = 0; i < NODES; i++) {
            next = h.instance("java/util/LinkedList$Node").set("item", latin1(h, "green")).set("next", next).add();
        }
        long queue = h.instance("java/util/LinkedList").set("first", next).set("size", NODES).add();

        h.declareClass("java/lang/ref/Reference").field("referent", BasicType.OBJECT).define();
        h.declareClass("java/lang/ref/WeakReference", "java/lang/ref/Reference").define();
        h.declareClass("java/lang/ThreadLocal$ThreadLocalMap$Entry", "java/lang/ref/WeakReference")
                .field("value", BasicType.OBJECT).define();
        h.declareArrayClass("[Ljava/lang/ThreadLocal$ThreadLocalMap$Entry;");
        h.declareClass("java/lang/ThreadLocal$ThreadLocalMap").field("table", BasicType.OBJECT).define();
        h.declareClass("java/lang/ThreadLocal").define();
        h.declareClass("java/lang/Thread").field("threadLocals", BasicType.OBJECT).define();
        long user = h.instance("java/lang/ThreadLocal").add();
        for (int t = 1; t <= 2; t++) {
            long entry = h.instance("java/lang/ThreadLocal$ThreadLocalMap$Entry").set("referent", user)
                    .set("value", latin1(h, "anna")).add();
            long map = h.instance("java/lang/ThreadLocal$ThreadLocalMap")
                    .set("table", h.objectArray("[Ljava/lang/ThreadLocal$ThreadLocalMap$Entry;", entry)).add();
            h.root(RootKind.THREAD_OBJ, h.instance("java/lang/Thread").set("threadLocals", map).add(), t, 0);
        }
        h.declareClass("com/example/Shop").staticObject("TAGS", tags).staticObject("GRID", grid)
                .staticObject("QUEUE", queue).staticObject("USER", user).define();
        dump = h.writeTo(tmp.resolve("owners.hprof"));
    }

    private static long list(SyntheticHeap h, long... elements) {
        return h.instance("java/util/ArrayList").set("elementData", h.objectArray("[Ljava/lang/Object;", elements))
                .set("size", elements.length).add();
    }

    @Test
    void containersInContainersAreNamedFromTheFieldDownALongListAndAThreadLocalByTheirFields() throws IOException {
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteFinding f = Waste.find(index, new WasteQuery(Set.of(WasteKind.DUPLICATE_STRINGS), 10))
                    .findings().get(0);
            assertEquals(List.of(new OwnerRow("static Shop.QUEUE (LinkedList elements)", NODES - 1, (NODES - 1) * 48L),
                    new OwnerRow("static Shop.TAGS (HashMap values → ArrayList elements)", 2, 96),
                    new OwnerRow("static Shop.GRID (ArrayList elements → Object[] elements)", 1, 48),
                    new OwnerRow("static Shop.USER (ThreadLocal values)", 1, 48)),
                    OwnerRow.of(f.owners()));
        }
    }
}
