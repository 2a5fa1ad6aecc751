package heapwhy.suspects;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-made heap: a static {@code Holder.BAG} → a {@code Bag} → one Object[200] holding 200 {@code Item}s
 * of 24 bytes, plus a small {@code Other} object on its own root.
 */
class SyntheticSuspectsTest {
    private static final int ITEMS = 200;

    @TempDir
    Path tmp;

    @Test
    void bigArrayOfManyObjectsIsTheAccumulationPointWithOneChildPerElement() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        long itemClass = h.declareClass("com/example/Item").field("value", BasicType.LONG)
                .field("next", BasicType.OBJECT).define();
        long bagClass = h.declareClass("com/example/Bag").field("items", BasicType.OBJECT).define();
        long otherClass = h.declareClass("com/example/Other").field("value", BasicType.INT).define();
        long[] items = new long[ITEMS];
        long[] payloads = new long[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            payloads[i] = h.primitiveArray(new byte[100]);
            items[i] = h.instance(itemClass).set("value", i).set("next", payloads[i]).add();
        }
        long array = h.objectArray("[Ljava/lang/Object;", items);
        long bag = h.instance(bagClass).set("items", array).add();
        long other = h.instance(otherClass).set("value", 1).add();
        long holderClass = h.declareClass("com/example/Holder").staticObject("BAG", bag).define();
        h.root(RootKind.STICKY_CLASS, holderClass);
        h.root(RootKind.JNI_GLOBAL, other, 0x77);
        Path dump = h.writeTo(tmp.resolve("bag.hprof"));

        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                ProgressListener.NONE)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            assertEquals(1, report.suspects().size(), report.toString());
            Suspect suspect = report.suspects().get(0);
            int at = index.findObject(array);
            assertEquals(at, suspect.accumulation(), () -> index.describe(suspect.accumulation()));
            assertEquals(ITEMS, suspect.childCount());
            HeldClass held = suspect.heldClasses().get(0);
            assertEquals(1, suspect.heldClasses().size());
            assertEquals("com.example.Item", held.className());
            assertEquals(ITEMS, held.count());
            assertEquals(ITEMS * (h.sizeOf(items[0]) + h.sizeOf(payloads[0])), held.bytes());
            // below the items, their payloads: more bytes than the items themselves, so they come first
            assertEquals(List.of(new ContainedClass("byte[]", ITEMS, ITEMS * h.sizeOf(payloads[0])),
                    new ContainedClass("com.example.Item", ITEMS, ITEMS * h.sizeOf(items[0]))), suspect.contents());
            assertTrue(suspect.percent() > 80, report.toString());
            assertNotNull(suspect.chain());
            assertTrue(suspect.chain().steps().stream().anyMatch(s -> s.label().contains("BAG")),
                    suspect.chain().toString());
        }
    }
}
