package heapwhy.cli;

import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.util.ObjectIdText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain gzip dump ({@code gzip x.hprof}) can only be read from start to end: the commands that read single
 * objects refuse it in one line instead of answering with nameless steps, and the others still read it.
 */
class PlainGzipDumpsTest {
    @TempDir
    Path dir;

    private Path plain;
    private Path gzip;
    private Path chunked;
    private String itemId;

    /** static Holder.ITEMS → Object[] of 20 Items. */
    @BeforeEach
    void writeDumps() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long item = h.declareClass("com/example/Item").field("value", BasicType.LONG).define();
        long[] items = new long[20];
        for (int i = 0; i < items.length; i++) {
            items[i] = h.instance(item).set("value", i).add();
        }
        long holder = h.declareClass("com/example/Holder")
                .staticObject("ITEMS", h.objectArray("[Ljava/lang/Object;", items)).define();
        h.root(RootKind.STICKY_CLASS, holder);
        itemId = ObjectIdText.hex(items[3]);
        plain = h.writeTo(dir.resolve("plain.hprof"));
        gzip = Files.write(dir.resolve("plain.hprof.gz"), h.gzipped(false));
        chunked = Files.write(dir.resolve("chunked.hprof.gz"), h.gzipped(true));
    }

    private Run run(String command, Path... dumps) {
        List<String> args = new ArrayList<>(List.of(command, "--index-dir", dir.resolve("index").toString()));
        if (command.equals("backrefs")) {
            args.addAll(List.of("--class", "com.example.Item"));
        } else if (command.equals("path")) {
            args.addAll(List.of("--id", itemId));
        }
        for (Path dump : dumps) {
            args.add(dump.toString());
        }
        return Run.of(args.toArray(String[]::new));
    }

    private void assertRefused(Run run) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("heapwhy: error: " + gzip + ": "), run.err());
        assertTrue(run.err().contains("plain gzip file"), run.err());
        assertTrue(run.err().contains("decompress it first: gunzip -k " + gzip), run.err());
        assertEquals("", run.out());
    }

    @Test
    void backrefsPathAndSuspectsRefuseAPlainGzipDumpNamingItAndHowToGunzipIt() {
        assertRefused(run("backrefs", gzip));
        assertRefused(run("path", gzip));
        assertRefused(run("suspects", gzip));
    }

    @Test
    void wasteRefusesAPlainGzipDump() {
        assertRefused(run("waste", gzip));
    }

    @Test
    void whyRefusesWhenAnyOfItsDumpsIsPlainGzip() {
        assertRefused(run("why", plain, gzip));
        assertRefused(run("why", gzip, plain));
    }

    @Test
    void chunkedGzipFromJcmdIsReadAtRandomWithFieldNames() {
        Run backrefs = run("backrefs", chunked);
        assertEquals(0, backrefs.exitCode(), backrefs.err());
        assertTrue(backrefs.out().contains("static Holder.ITEMS → java.lang.Object[]"), backrefs.out());
        assertFalse(backrefs.out().contains("<reference>"), backrefs.out());
        assertEquals(0, run("path", chunked).exitCode());
    }

    @Test
    void commandsThatReadTheWholeDumpStillTakePlainGzip() {
        for (String command : List.of("histogram", "summary", "top", "dominators")) {
            Run run = run(command, gzip);
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertTrue(run.out().contains("com.example.Item") || command.equals("summary"), command + ": " + run.out());
        }
        Run growth = Run.of("growth", plain.toString(), gzip.toString());
        assertEquals(0, growth.exitCode(), growth.err());
    }
}
