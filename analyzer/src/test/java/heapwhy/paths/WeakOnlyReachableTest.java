package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A synthetic heap: a static holds a WeakReference whose referent is a Payload (weakly reachable only), and
 * another static holds a second Payload strongly.
 */
class WeakOnlyReachableTest {
    @TempDir
    Path tmp;

    private Path dump;
    private long weakOnly;
    private long strong;

    @BeforeEach
    void writeDump() {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        h.declareClass("java/lang/ref/Reference").field("referent", BasicType.OBJECT)
                .field("queue", BasicType.OBJECT).define();
        long weakClass = h.declareClass("java/lang/ref/WeakReference", "java/lang/ref/Reference").define();
        long payloadClass = h.declareClass("com/example/Payload").field("value", BasicType.INT).define();
        weakOnly = h.instance(payloadClass).set("value", 1).add();
        strong = h.instance(payloadClass).set("value", 2).add();
        long ref = h.instance(weakClass).set("referent", weakOnly).add();
        long holder = h.declareClass("com/example/Holder").staticObject("REF", ref).staticObject("STRONG", strong)
                .define();
        for (String name : List.of("java/lang/Object", "java/lang/Class", "com/example/Holder")) {
            h.root(RootKind.STICKY_CLASS, h.classId(name));
        }
        assertTrue(holder != 0);
        dump = h.writeTo(tmp.resolve("weak.hprof"));
    }

    private HeapIndex open() throws IOException {
        return HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve("index")), ProgressListener.NONE);
    }

    @Test
    void anObjectHeldOnlyByAWeakReferenceHasNoStrongPathButOneThroughReferentWithIncludeWeak() throws IOException {
        try (HeapIndex index = open()) {
            int node = index.findObject(weakOnly);
            assertTrue(index.inGraph(node));
            assertNull(ShortestChains.shortestChain(index, node, false));

            Chain chain = ShortestChains.shortestChain(index, node, true);
            assertNotNull(chain);
            assertEquals("system class com.example.Holder", chain.rootText());
            assertEquals(List.of("static Holder.REF", "referent"), chain.steps().stream().map(Step::label).toList());
        }
    }

    @Test
    void backrefsCountsTheTargetsWithoutStrongPathAndFindsThemWithIncludeWeak() throws IOException {
        try (HeapIndex index = open()) {
            BackrefsResult strongOnly = Backrefs.run(index, BackrefsQuery.ofClass("com.example.Payload"));
            assertEquals(2, strongOnly.targets());
            assertEquals(1, strongOnly.withoutStrongPath());
            assertEquals(List.of(index.findObject(weakOnly)), strongOnly.withoutPathExamples());
            assertEquals(1, strongOnly.paths());
            assertEquals("static Holder.STRONG", strongOnly.roots().get(0).children().get(0).label());

            BackrefsResult all = Backrefs.run(index, BackrefsQuery.ofClass("com.example.Payload").withIncludeWeak(true));
            assertEquals(0, all.withoutStrongPath());
            assertEquals(2, all.paths());
            assertTrue(BackrefsOnScenarioDumpsTest.text(all).contains("referent  com.example.Payload"),
                    BackrefsOnScenarioDumpsTest.text(all));
        }
    }
}
