package heapwhy.cli.waste;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * heapwhy waste on a synthetic dump: three customers whose country is "Germany", each its own String and
 * array (24 + 24 bytes), two of them with a name that holds an escape sequence, and an empty ArrayList.
 */
class WasteCommandTest {
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
        long string = h.declareClass("java/lang/String").field("value", BasicType.OBJECT)
                .field("coder", BasicType.BYTE).define();
        h.declareArrayClass("[B");
        h.declareArrayClass("[Ljava/lang/Object;");
        h.declareClass("java/util/ArrayList").field("elementData", BasicType.OBJECT).field("size", BasicType.INT)
                .define();
        long customer = h.declareClass("com/example/Customer").field("country", BasicType.OBJECT)
                .field("name", BasicType.OBJECT).field("orders", BasicType.OBJECT).define();
        long[] customers = new long[3];
        for (int i = 0; i < 3; i++) {
            long country = h.instance(string).set("value", h.primitiveArray(bytes("Germany"))).add();
            long name = i == 0 ? 0 : h.instance(string).set("value", h.primitiveArray(bytes("\u001b[31mred"))).add();
            long orders = i == 0 ? h.instance("java/util/ArrayList").set("size", 0).add() : 0;
            customers[i] = h.instance(customer).set("country", country).set("name", name).set("orders", orders).add();
        }
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", customers), 1);
        dump = h.writeTo(tmp.resolve("shop.hprof"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Run run(String... options) {
        String[] args = Stream.concat(Stream.of("waste", "--index-dir", tmp.resolve("index").toString()),
                Stream.concat(Arrays.stream(options), Stream.of(dump.toString()))).toArray(String[]::new);
        Run run = Run.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void textNamesEachFindingItsOwnersAndItsMostDuplicatedValuesEscaped() {
        String text = run().out();
        assertEquals("""
                Waste in shop.hprof: 3 kinds, 168 B (20.2 % of the reachable heap, 832 B) could be saved, object overhead not counted (only a change of the objects' shape saves it).

                Duplicate strings: 3 extra copies of 2 distinct values waste 144 B (17.3 %)
                  held by:
                    Customer.country                                      2       96 B
                    Customer.name                                         1       48 B
                  most duplicated:
                    "Germany"                                      3 copies       96 B
                    "\\u001b[31mred"                                2 copies       48 B

                Duplicate arrays: none.

                Empty collections: 1 empty collection of 1 class waste 24 B (2.9 %)
                  held by:
                    Customer.orders                                       1       24 B
                  by type:
                    java.util.ArrayList                            1 object       24 B

                Zero-length arrays: none.

                Under-filled collections and arrays: none.

                Boxed numbers: none.

                Object overhead: 9 instances of 3 classes that are mostly header, padding and references, waste 207 B (24.9 %)
                  by class:
                    String                                                5      115 B
                    Customer                                              3       72 B
                    ArrayList                                             1       20 B
                  per instance:
                    java.lang.String: 24 bytes = 12 header + 7 padding + 4 references + 1 payload           5 objects      115 B
                    com.example.Customer: 24 bytes = 12 header + 0 padding + 12 references + 0 payload      3 objects       72 B
                    java.util.ArrayList: 24 bytes = 12 header + 4 padding + 4 references + 4 payload         1 object       20 B
                """.replace("\n", System.lineSeparator()), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesEveryFindingWithOwnersAndExamples() {
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(run("--format", "json").out());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
        assertEquals(7, findings.size(), json.toString());
        Map<String, Object> strings = findings.get(0);
        assertEquals("duplicate-strings", strings.get("kind"));
        assertEquals(3L, ((Number) strings.get("objects")).longValue());
        assertEquals(3L * 48, ((Number) strings.get("wasted_bytes")).longValue());
        Map<String, Object> owner = ((List<Map<String, Object>>) strings.get("owners")).get(0);
        assertEquals("Customer.country", owner.get("name"));
        assertEquals(2L, ((Number) owner.get("objects")).longValue());
        assertTrue(((String) owner.get("example_id")).matches("0x[0-9a-f]+"), owner.toString());
        Map<String, Object> example = ((List<Map<String, Object>>) strings.get("examples")).get(1);
        // the value as a Java literal: its escape sequence written out, never raw
        assertEquals("\"\\u001b[31mred\"", example.get("text"));
    }

    @Test
    void csvHasATotalOwnerAndExampleRowPerFinding() {
        String csv = run("--format", "csv", "--inspection", "duplicate-strings").out();
        assertEquals("""
                kind,row,name,objects,bytes,percent
                duplicate-strings,total,,3,144,17.31
                duplicate-strings,owner,Customer.country,2,96,11.54
                duplicate-strings,owner,Customer.name,1,48,5.77
                duplicate-strings,example,\"""Germany\""",3,96,11.54
                duplicate-strings,example,\"""\\u001b[31mred\""",2,48,5.77
                """, csv);
    }

    @Test
    void underFilledAndBoxedNumbersAreNamedOnTheCommandLineAndInTheUnknownNameError() {
        String text = run("--inspection", "under-filled,boxed-numbers").out();
        assertTrue(text.startsWith("Waste in shop.hprof: nothing found by the inspections run (under-filled, "
                + "boxed-numbers)"), text);
        Run wrong = Run.of("waste", "--index-dir", tmp.resolve("index").toString(), "--inspection", "boxes",
                dump.toString());
        assertTrue(wrong.exitCode() != 0);
        assertTrue(wrong.err().contains("zero-length-arrays, under-filled, boxed-numbers, object-overhead)"), wrong.err());
    }

    @Test
    void onlyTheInspectionsAskedForAndThoseAboveTheMinimumShareAreShown() {
        String text = run("--inspection", "empty-collections", "--inspection", "zero-length-arrays").out();
        assertTrue(text.contains("Empty collections: 1 empty collection of 1 class"), text);
        assertTrue(!text.contains("Duplicate strings"), text);
        String none = run("--min-percent", "100").out();
        assertTrue(none.startsWith("Waste in shop.hprof: nothing found"), none);
    }
}
