package heapwhy.architecture;

import heapwhy.graph.IndexOptions;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/architecture.md's "open a dump, walk the graph" example is real code that prints what it should. */
class ArchitectureExampleTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path tmp;

    @Test
    void theDocumentShowsTheExampleAsItIsCompiled() throws IOException {
        String source = Files.readString(PROJECT.resolve(
                "analyzer/src/test/java/heapwhy/architecture/WalkTheGraphExample.java"));
        String example = source.substring(source.indexOf("// example:begin\n") + "// example:begin\n".length(),
                source.indexOf("    // example:end"));
        String unindented = Arrays.stream(example.split("\n", -1))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n"));
        String doc = Files.readString(PROJECT.resolve("docs/architecture.md"));
        assertTrue(doc.contains("```java\n" + unindented + "```\n"),
                "docs/architecture.md must show WalkTheGraphExample.walk as it is:\n" + unindented);
    }

    /**
     * A JNI global holds an Object[3] of Leafs {int value; Object data}, each data an int[100]. Compressed
     * layout: Object[3] = 16 + 3 × 4 = 28 → 32 bytes; Leaf = 12 + 4 + 4 = 20 → 24; int[100] = 16 + 400 = 416. A
     * Leaf retains 24 + 416 = 440 bytes, the array 32 + 3 × 440 = 1,352. Thirteen objects: those seven and the
     * mirrors of the six classes, each of which the synthetic writer also makes a sticky-class GC root.
     */
    @Test
    void theExamplePrintsTheBiggestObjectsWithTheirFields() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        h.classId("java/lang/Object");
        h.classId("java/lang/Class");
        SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
        LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
        unsafe.define();
        long leaf = h.declareClass("com/example/Leaf").field("value", BasicType.INT)
                .field("data", BasicType.OBJECT).define();
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareArrayClass("[I");
        long[] leaves = new long[3];
        for (int i = 0; i < 3; i++) {
            leaves[i] = h.instance(leaf).set("value", i + 1).set("data", h.primitiveArray(new int[100])).add();
        }
        long array = h.objectArray("[Ljava/lang/Object;", leaves);
        h.root(RootKind.JNI_GLOBAL, array, 0x77);
        Path dump = h.writeTo(tmp.resolve("example.hprof"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            WalkTheGraphExample.walk(dump, IndexOptions.defaults().withIndexDir(tmp.resolve("index")), out);
        }
        assertEquals("""
                13 objects, 7 GC roots
                java.lang.Object[] retains 1,352 bytes
                  [0] = com.example.Leaf
                  [1] = com.example.Leaf
                  [2] = com.example.Leaf
                com.example.Leaf retains 440 bytes
                  value = 1
                  data = int[]
                com.example.Leaf retains 440 bytes
                  value = 2
                  data = int[]
                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
