package heapwhy.cli.demo;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.HistogramOpener;
import heapwhy.cli.common.Paragraphs;
import heapwhy.cli.common.Warnings;
import heapwhy.histogram.ClassHistogram;
import heapwhy.testdumps.DumpSet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the demo's steps share: where to write, the dumps once produced, and each dump's histogram, read once. */
final class DemoContext {
    private final CommandEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path dir;
    private final Map<Path, ClassHistogram> histograms = new HashMap<>();
    private DumpSet dumpSet;

    DemoContext(CommandEnvironment environment, PrintWriter out, PrintWriter err, Path dir) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.dir = dir;
    }

    CommandEnvironment environment() {
        return environment;
    }

    PrintWriter out() {
        return out;
    }

    /** Where the tour keeps what it makes besides the dumps: their index, pictures. */
    Path dir() {
        return dir;
    }

    /** Where the tour keeps its dumps' indexes. */
    Path indexDir() {
        return dir.resolve("index");
    }

    /**
     * Where the tour's program writes its dumps: a folder of their own, which a new version of the program
     * replaces whole, so nothing else may be kept there.
     */
    Path dumpsDir() {
        return dir.resolve("dumps");
    }

    DumpSet dumpSet() {
        if (dumpSet == null) {
            throw new IllegalStateException("the dumps have not been produced yet");
        }
        return dumpSet;
    }

    void dumpSet(DumpSet dumps) {
        this.dumpSet = dumps;
    }

    List<Path> dumps() {
        return dumpSet().dumps();
    }

    Path lastDump() {
        List<Path> dumps = dumps();
        return dumps.get(dumps.size() - 1);
    }

    ClassHistogram histogram(Path dump) {
        ClassHistogram histogram = histograms.get(dump);
        if (histogram == null) {
            histogram = new HistogramOpener(environment, err).read(dump);
            Warnings.print(err, histogram);
            histograms.put(dump, histogram);
        }
        return histogram;
    }

    List<ClassHistogram> allHistograms() {
        List<ClassHistogram> all = new ArrayList<>();
        for (Path dump : dumps()) {
            all.add(histogram(dump));
        }
        return all;
    }

    /** Prints a paragraph, wrapped for the terminal, followed by a blank line. */
    void say(String text) {
        out.println(Paragraphs.wrap(text, Paragraphs.WIDTH));
        out.println();
        out.flush();
    }

    /** Prints preformatted output (ending with a line break) followed by a blank line. */
    void show(String block) {
        out.print(block);
        out.println();
        out.flush();
    }
}
