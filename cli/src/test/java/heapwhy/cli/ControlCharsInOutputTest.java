package heapwhy.cli;

import heapwhy.report.ControlChars;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.util.ObjectIdText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Class names, field names and strings of a dump can hold ESC, BEL, DEL, C1 codes and bidi controls; no command
 * may pass one to the terminal raw (ESC c resets it, U+202E makes text read backwards). Hand-made dumps: static
 * Holder.ITEMS&lt;ESC&gt;c → Object[] of k·100 hostile-named objects, each with a hostile String name; static
 * Holder.NAME → one more hostile String; one hostile object nothing holds.
 */
class ControlCharsInOutputTest {
    /** ESC c (reset), BEL, CSI 2 J (clear screen, C1 form), NEL, DEL, right-to-left override, isolate. */
    private static final String HOSTILE = "\u001bc\u0007\u009b2J\u0085\u007f\u202e\u2066";
    private static final String EVIL = "com.evil.Evil" + HOSTILE + "X";

    @TempDir
    static Path dir;

    private static Path older;
    private static Path newer;
    private static String evilId;

    @BeforeAll
    static void writeDumps() {
        older = dump(1);
        newer = dump(3);
    }

    private static Path dump(int k) {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long string = h.declareClass("java/lang/String").field("value", BasicType.OBJECT)
                .field("coder", BasicType.BYTE).define();
        long evil = h.declareClass(EVIL.replace('.', '/')).field("name", BasicType.OBJECT).field("payload", BasicType.OBJECT)
                .define();
        long[] items = new long[100 * k];
        for (int i = 0; i < items.length; i++) {
            long name = h.instance(string).set("value", h.primitiveArray(utf16("item " + i + HOSTILE)))
                    .set("coder", 1).add();
            items[i] = h.instance(evil).set("name", name).set("payload", h.primitiveArray(new long[64])).add();
        }
        evilId = ObjectIdText.hex(items[0]);
        long name = h.instance(string).set("value", h.primitiveArray(utf16("name" + HOSTILE))).set("coder", 1).add();
        h.instance(evil).add();
        long holder = h.declareClass("com/evil/Holder")
                .staticObject("ITEMS" + HOSTILE, h.objectArray("[Ljava/lang/Object;", items))
                .staticObject("NAME", name).define();
        h.root(RootKind.STICKY_CLASS, holder);
        return h.writeTo(dir.resolve("evil-" + k + ".hprof"));
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    private static Run run(String command, List<String> options, Path... dumps) {
        List<String> args = new ArrayList<>(List.of(command));
        if (!command.equals("growth")) {
            args.addAll(List.of("--index-dir", dir.resolve("index").toString()));
        }
        args.addAll(options);
        for (Path dump : dumps) {
            args.add(dump.toString());
        }
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /** Only the layout's line feeds and tabs are raw; the hostile text is there, escaped. */
    private static void assertEscaped(String what, Run run) {
        assertNoRawControls(what, run);
        assertTrue(run.out().contains("\\u001bc\\u0007\\u009b2J\\u0085\\u007f\\u202e\\u2066"),
                what + " shows the hostile text escaped:\n" + run.out());
    }

    private static void assertNoRawControls(String what, Run run) {
        for (String stream : List.of(run.out(), run.err())) {
            for (int i = 0; i < stream.length(); i++) {
                char c = stream.charAt(i);
                if (c != '\n' && c != '\t' && ControlChars.isControl(c)) {
                    fail(what + ": raw U+" + String.format("%04X", (int) c) + " at " + i + " in:\n" + stream);
                }
            }
        }
    }

    @Test
    void histogramTextAndCsvEscapeClassNames() {
        assertEscaped("histogram", run("histogram", List.of(), newer));
        assertEscaped("histogram csv", run("histogram", List.of("--format", "csv"), newer));
        assertEscaped("histogram --retained", run("histogram", List.of("--retained"), newer));
    }

    @Test
    void growthAndWhyEscapeClassAndFieldNames() {
        assertEscaped("growth", run("growth", List.of(), older, newer));
        assertEscaped("growth csv", run("growth", List.of("--format", "csv"), older, newer));
        assertEscaped("why", run("why", List.of("--min-growth", "0"), older, newer));
        assertEscaped("why csv", run("why", List.of("--min-growth", "0", "--format", "csv"), older, newer));
    }

    @Test
    void pathsEscapeClassNamesFieldNamesAndStrings() {
        assertEscaped("backrefs", run("backrefs", List.of("--class", EVIL), newer));
        Run strings = run("backrefs", List.of("--class", "byte[]"), newer);
        assertEscaped("backrefs of strings", strings);
        assertTrue(strings.out().contains("name\\u001bc"), "the string's value is shown:\n" + strings.out());
        // Graphviz labels already trade C0 and C1 codes for U+FFFD; the bidi controls are left to the escaping
        assertNoRawControls("backrefs dot", run("backrefs", List.of("--class", EVIL, "--format", "dot"), newer));
        assertEscaped("path", run("path", List.of("--id", evilId), newer));
        assertEscaped("backrefs csv", run("backrefs", List.of("--class", EVIL, "--format", "csv"), newer));
        assertEscaped("path csv", run("path", List.of("--id", evilId, "--format", "csv"), newer));
    }

    @Test
    void objectGraphCommandsEscapeClassNames() {
        assertEscaped("dominators", run("dominators", List.of("--depth", "4", "--min-percent", "0"), newer));
        assertEscaped("dominators csv", run("dominators", List.of("--format", "csv", "--min-percent", "0"), newer));
        assertEscaped("top", run("top", List.of(), newer));
        assertEscaped("top csv", run("top", List.of("--format", "csv"), newer));
        assertEscaped("summary", run("summary", List.of(), newer));
        assertEscaped("suspects", run("suspects", List.of("--threshold", "1"), newer));
        assertEscaped("suspects csv", run("suspects", List.of("--threshold", "1", "--format", "csv"), newer));
        assertEscaped("waste", run("waste", List.of(), newer));
        assertEscaped("waste csv", run("waste", List.of("--format", "csv"), newer));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonStaysValidAndCarriesTheNamesUnchanged() {
        Run run = run("histogram", List.of("--format", "json"), newer);
        assertEscaped("histogram json", run);
        List<Object> classes = (List<Object>) ((Map<String, Object>) MiniJson.parse(run.out())).get("classes");
        assertTrue(classes.stream().anyMatch(c -> EVIL.equals(((Map<String, Object>) c).get("class"))), run.out());
        MiniJson.parse(run("suspects", List.of("--threshold", "1", "--format", "json"), newer).out());
        MiniJson.parse(run("waste", List.of("--format", "json"), newer).out());
        MiniJson.parse(run("why", List.of("--min-growth", "0", "--format", "json"), older, newer).out());
    }
}
