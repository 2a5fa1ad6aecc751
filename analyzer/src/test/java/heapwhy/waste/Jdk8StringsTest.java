package heapwhy.waste;

import heapwhy.graph.HeapIndex;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** JDK 8 Strings keep their text in a char[] and have no coder: equal chars are duplicates. */
class Jdk8StringsTest {
    @TempDir
    Path tmp;

    @Test
    void stringsWithEqualCharArraysAreDuplicates() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        long string = h.declareClass("java/lang/String").field("value", BasicType.OBJECT).field("hash", BasicType.INT)
                .define();
        h.declareArrayClass("[C");
        h.declareArrayClass("[Ljava/lang/Object;");
        long a = h.instance(string).set("value", h.primitiveArray("Köln".toCharArray())).add();
        long b = h.instance(string).set("value", h.primitiveArray("Köln".toCharArray())).add();
        long c = h.instance(string).set("value", h.primitiveArray("Kiel".toCharArray())).add();
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", a, b, c), 1);
        Path dump = h.writeTo(tmp.resolve("jdk8.hprof"));
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteFinding f = Waste.find(index, new WasteQuery(Set.of(WasteKind.DUPLICATE_STRINGS), 10))
                    .findings().get(0);
            // String 12 + 4 + 4 = 20 → 24; char[4] 16 + 8 = 24
            assertEquals(List.of(new WasteExample("\"Köln\"", 2, 48)), f.examples());
            assertEquals(1, f.objects());
            assertEquals(48, f.wastedBytes());
        }
    }
}
