package heapwhy.cli;

import heapwhy.growth.GrowthQuery;
import heapwhy.histogram.ClassHistogram;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.Variant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The steps of {@code heapwhy demo}, in the order they run. */
final class DemoSteps {
    static final int TOP = 10;

    private DemoSteps() {
    }

    /** Runs the STATIC_CACHE scenario (or reuses its dumps) and lists the dumps. */
    static void produceDumps(DemoContext context) throws IOException {
        context.say("Running a small Java program whose class MyCache keeps adding entries to a static map, "
                + "a textbook leak, and dumping its heap three times as it runs (the dumps are reused "
                + "from " + context.dir() + " on later runs).");
        DumpSet set = context.services().scenarios().produce(Scenario.STATIC_CACHE, Variant.DEFAULT, context.dir());
        context.dumpSet(set);
        StringBuilder list = new StringBuilder("Dumps (taken on Java " + set.javaVersion() + "):"
                + System.lineSeparator());
        for (int d = 0; d < set.dumps().size(); d++) {
            Path dump = set.dumps().get(d);
            list.append("  ").append(DumpLabels.of(d)).append(" = ").append(dump);
            if (Files.isRegularFile(dump)) {
                list.append(" (").append(Sizes.human(Files.size(dump))).append(')');
            }
            list.append(System.lineSeparator());
        }
        context.show(list.toString());
    }

    /** The top of the last dump's class histogram. */
    static void histogramOfLastDump(DemoContext context) {
        context.say("First, what fills the heap in the last dump: the classes with the most shallow bytes. "
                + "Leaks hide here among the usual byte[], String and HashMap entries.");
        ClassHistogram histogram = context.histogram(context.lastDump());
        context.show(HistogramText.format(HistogramSelection.of(histogram, SortKey.bytes, null, TOP)));
    }

    /** The types that grew across the dumps. */
    static void growthAcrossDumps(DemoContext context) {
        List<ClassHistogram> histograms = context.allHistograms();
        context.say("Then, what grows: the types whose instance count rose between every two consecutive "
                + "dumps. Steady growth is what a leak looks like; MyCache's entries should lead.");
        context.show(GrowthCommand.render(histograms, GrowthQuery.defaults(histograms.size()), TOP,
                OutputFormat.text));
    }

    /** The commands to try next on the same dumps. */
    static void nextCommands(DemoContext context) {
        List<String> dumps = new ArrayList<>();
        for (Path dump : context.dumps()) {
            dumps.add(ShellWords.quote(dump.toString()));
        }
        String last = dumps.get(dumps.size() - 1);
        String nl = System.lineSeparator();
        context.out().print("Try these next on the same dumps:" + nl
                + "  ./heapwhy histogram " + last + nl
                + "  ./heapwhy histogram --filter MyCache --sort count " + last + nl
                + "  ./heapwhy growth " + String.join(" ", dumps) + nl
                + "  ./heapwhy growth --format csv --top 0 " + String.join(" ", dumps) + nl);
        context.out().flush();
    }
}
