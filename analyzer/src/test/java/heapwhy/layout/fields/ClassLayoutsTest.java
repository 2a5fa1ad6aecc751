package heapwhy.layout.fields;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.report.layout.LayoutText;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Field layouts on a hand-made heap (12-byte headers, 4-byte references, 8-byte alignment, JDK 15+ layout),
 * worked out by hand:
 *
 * <pre>
 * Mixed {byte b; long l; Object r; int i}: l cannot go at 12, so at 16 (hole 12..16); i fills the hole at 12;
 *     b at 24; r at 28 (aligned, gap 25..28); end 32 = size
 * Flag {boolean on}: on at 12, end 13 → 16
 * Labeled extends Flag {Object label}: on at 12 (inherited), label at 16, end 20 → 24
 * </pre>
 */
class ClassLayoutsTest {
    @TempDir
    static Path tmp;

    private static Path dump;

    @BeforeAll
    static void writeDump() {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        // declared as every JDK does, value first: the dump lists fields in declaration order
        h.declareClass("java/lang/String").field("value", BasicType.OBJECT).field("coder", BasicType.BYTE).define();
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareClass("com/example/Mixed").field("b", BasicType.BYTE).field("l", BasicType.LONG)
                .field("r", BasicType.OBJECT).field("i", BasicType.INT).define();
        h.declareClass("com/example/Flag").field("on", BasicType.BOOLEAN).define();
        h.declareClass("com/example/Labeled", "com/example/Flag").field("label", BasicType.OBJECT).define();
        long mixed = h.instance("com/example/Mixed").set("l", 1L).set("i", 2).add();
        long labeled = h.instance("com/example/Labeled").set("on", true).add();
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", mixed, labeled), 1);
        dump = h.writeTo(tmp.resolve("layout.hprof"));
    }

    private static ClassLayout layout(String className) throws IOException {
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                ProgressListener.NONE)) {
            ClassLayout layout = ClassLayouts.of(index, className);
            if (layout != null) {
                // the layout's size is the size the index gave every instance
                for (int node = 0; node < index.nodeCount(); node++) {
                    if (!index.isClass(node) && index.classOf(node).name().equals(className)) {
                        assertEquals(index.shallowSize(node), layout.instanceSize(), className);
                    }
                }
            }
            return layout;
        }
    }

    @Test
    void fieldsGoLargestFirstIntoTheSmallestHoleThatFitsThenReferences() throws IOException {
        ClassLayout mixed = layout("com.example.Mixed");
        assertEquals(List.of(new FieldSlot(12, 4, "int", "i", "com.example.Mixed"),
                new FieldSlot(16, 8, "long", "l", "com.example.Mixed"),
                new FieldSlot(24, 1, "byte", "b", "com.example.Mixed"),
                new FieldSlot(28, 4, "reference", "r", "com.example.Mixed")), mixed.fields());
        assertEquals(32, mixed.instanceSize());
        assertEquals(3, mixed.gapBytes());
        assertEquals(0, mixed.trailingPadding());
    }

    @Test
    void textShowsTheHeaderEachFieldTheGapsAndTheAlignmentAtTheEnd() throws IOException {
        assertEquals("""
                com.example.Labeled object internals (HotSpot's JDK 15+ field layout):
                  OFF   SZ  TYPE       DESCRIPTION
                    0   12             (object header)
                   12    1  boolean    Flag.on
                   13    3             (alignment/padding gap)
                   16    4  reference  Labeled.label
                   20    4             (object alignment gap)
                Instance size: 24 bytes
                Space losses: 3 bytes internal + 4 bytes external = 7 bytes total
                """.replace("\n", System.lineSeparator()), LayoutText.format(layout("com.example.Labeled")));
    }

    @Test
    void anArrayOrAnUnknownClassHasNoLayout() throws IOException {
        assertNull(layout("java.lang.Object[]"));
        assertNull(layout("com.example.Missing"));
    }
}
