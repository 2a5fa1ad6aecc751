package heapwhy.cli.paths;

import heapwhy.cli.Run;
import heapwhy.cli.common.ClassSuggestions;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.util.ObjectIdText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What dominators says about the children it leaves out, and what backrefs says about a class name that matches
 * nothing, on a hand-made dump: static Ledger.INVOICES → Object[] of 200 Invoices (each far below 1 % of the heap,
 * which a long[] of 100,000 held by Ledger.BIG fills), and one Ledger$Entry in Ledger.LAST.
 */
class HiddenAndUnknownTargetsTest {
    @TempDir
    static Path dir;

    private static Path dump;
    private static String invoices;

    @BeforeAll
    static void writeDump() {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long invoice = h.declareClass("com/acme/Invoice").field("amount", BasicType.LONG).define();
        long entry = h.declareClass("com/acme/Ledger$Entry").field("amount", BasicType.LONG).define();
        long[] all = new long[200];
        for (int i = 0; i < all.length; i++) {
            all[i] = h.instance(invoice).set("amount", i).add();
        }
        long array = h.objectArray("[Ljava/lang/Object;", all);
        invoices = ObjectIdText.hex(array);
        long ledger = h.declareClass("com/acme/Ledger").staticObject("INVOICES", array)
                .staticObject("BIG", h.primitiveArray(new long[100_000]))
                .staticObject("LAST", h.instance(entry).set("amount", 1).add()).define();
        h.root(RootKind.STICKY_CLASS, ledger);
        dump = h.writeTo(dir.resolve("ledger.hprof"));
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--index-dir", dir.resolve("index").toString()));
        all.add(dump.toString());
        Run run = Run.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static List<String> tree(Run run) {
        return run.out().lines().dropWhile(l -> !l.isEmpty()).skip(2).toList();
    }

    @Test
    void dominatorsSaysWhenMinPercentHidesEveryChildAndHowToSeeThem() {
        Run run = run("dominators", "--id", invoices, "--max-children", "3");
        List<String> children = tree(run);
        assertEquals(1, children.size(), run.out());
        assertTrue(children.get(0).startsWith("└─ … 200 children below 1.0 % ("), run.out());
        assertTrue(children.get(0).endsWith(") hidden; --min-percent 0 shows them"), run.out());
    }

    @Test
    void dominatorsTellsChildrenPastMaxChildrenFromChildrenBelowMinPercent() {
        List<String> children = tree(run("dominators", "--id", invoices, "--max-children", "3", "--min-percent", "0"));
        assertEquals(4, children.size(), String.join("\n", children));
        assertTrue(children.get(3).startsWith("└─ … 197 more ("), String.join("\n", children));
    }

    @Test
    void backrefsOfAClassNameInTheWrongCaseSuggestsTheRealOne() {
        Run run = run("backrefs", "--class", "invoice");
        assertTrue(run.out().contains("No class is named invoice in the dump; did you mean com.acme.Invoice?"),
                run.out());
    }

    @Test
    void backrefsOfANestedClassWrittenWithADotSuggestsTheDollarName() {
        Run run = run("backrefs", "--class", "Ledger.Entry");
        assertTrue(run.out().contains("did you mean com.acme.Ledger$Entry?"), run.out());
    }

    @Test
    void backrefsOfANameLikeNoneSaysHowToListThem() {
        Run run = run("backrefs", "--class", "com.acme.Receipt", "--format", "json");
        assertTrue(run.err().contains("No class is named com.acme.Receipt in the dump (names are Java's"), run.err());
    }

    @Test
    void manyNearNamesAreCutToAFew() {
        List<String> names = List.of("a.Entry", "b.Entry", "c.Entry", "d.Entry", "e.Entry", "f.Entry", "g.Entry");
        assertEquals("No class is named entry in the dump; did you mean a.Entry, b.Entry, c.Entry, d.Entry or e.Entry "
                + "(2 more alike)?", ClassSuggestions.message("entry", names));
    }
}
