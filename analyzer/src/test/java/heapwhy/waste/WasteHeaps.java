package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Synthetic heaps for the waste tests: a compressed 64-bit layout (12-byte header, 4-byte references). */
final class WasteHeaps {
    private WasteHeaps() {
    }

    /** A heap with the layout statics set, java.lang.String declared as JDK 9+ has it (value, coder). */
    static SyntheticHeap heap() {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        h.declareClass("java/lang/String").field("value", BasicType.OBJECT).field("coder", BasicType.BYTE).define();
        h.declareArrayClass("[B");
        return h;
    }

    /** Declares Object[], ArrayList {elementData, size} and HashMap {table, size} with its Node and Node[]. */
    static void declareListAndMap(SyntheticHeap h) {
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareClass("java/util/AbstractList").define();
        h.declareClass("java/util/ArrayList", "java/util/AbstractList").field("elementData", BasicType.OBJECT)
                .field("size", BasicType.INT).define();
        h.declareClass("java/util/HashMap").field("table", BasicType.OBJECT).field("size", BasicType.INT).define();
        h.declareClass("java/util/HashMap$Node").field("key", BasicType.OBJECT).field("value", BasicType.OBJECT)
                .field("next", BasicType.OBJECT).field("hash", BasicType.INT).define();
        h.declareArrayClass("[Ljava/util/HashMap$Node;");
    }

    /** A Latin-1 String with its own value array. */
    static long latin1(SyntheticHeap h, String text) {
        return string(h, h.primitiveArray(text.getBytes(StandardCharsets.ISO_8859_1)), 0);
    }

    static long string(SyntheticHeap h, long valueArray, int coder) {
        return h.instance("java/lang/String").set("value", valueArray).set("coder", coder).add();
    }

    static HeapIndex open(Path dump, Path indexDir) throws IOException {
        return HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(indexDir), ProgressListener.NONE);
    }
}
