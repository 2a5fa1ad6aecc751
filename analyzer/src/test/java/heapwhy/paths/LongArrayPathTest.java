package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A path through an array far longer than one read (a big map's table): the element's index is still found. */
class LongArrayPathTest {
    private static final int LENGTH = 400_000;
    private static final int AT = 333_333;

    @TempDir
    Path tmp;

    @Test
    void stepThroughAnArrayOfMillionsOfBytesNamesTheElementIndex() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long item = h.declareClass("com/example/Item").field("value", BasicType.LONG).define();
        long target = h.instance(item).set("value", 7).add();
        long[] elements = new long[LENGTH];
        elements[AT] = target;
        long array = h.objectArray("[Ljava/lang/Object;", elements);
        long holder = h.declareClass("com/example/Holder").staticObject("TABLE", array).define();
        h.root(RootKind.STICKY_CLASS, holder);
        Path dump = h.writeTo(tmp.resolve("long-array.hprof"));
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                ProgressListener.NONE)) {
            int node = index.findObject(target);
            Chain chain = ShortestChains.shortestChain(index, node, false);
            assertEquals(List.of("static Holder.TABLE", "[" + AT + "]"), chain.steps().stream().map(Step::label).toList());
            assertEquals(AT, index.contents().elementIndex(index.findObject(array), target));
            assertEquals(-1, index.contents().elementIndex(index.findObject(array), 0x1234));
            assertEquals(-1, index.contents().elementIndex(node, target));
        }
    }
}
