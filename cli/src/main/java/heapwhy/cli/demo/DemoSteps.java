package heapwhy.cli.demo;

import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.TerminalProgress;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.cli.growth.GrowthCommand;
import heapwhy.cli.why.WhyCommand;
import heapwhy.graph.HeapIndex;
import heapwhy.growth.GrowthQuery;
import heapwhy.histogram.ClassHistogram;
import heapwhy.paths.Backrefs;
import heapwhy.paths.BackrefsQuery;
import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathGraphs;
import heapwhy.render.PathGraphRenderer;
import heapwhy.render.RenderException;
import heapwhy.report.ShellWords;
import heapwhy.report.histogram.HistogramSelection;
import heapwhy.report.histogram.HistogramText;
import heapwhy.report.histogram.SortKey;
import heapwhy.report.paths.BackrefsText;
import heapwhy.report.why.WhyText;
import heapwhy.sites.SiteQuery;
import heapwhy.sites.WhyReport;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.Variant;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;

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
                + "from " + context.dumpsDir() + " on later runs).");
        listDumps(context, context.environment().scenarios().produce(Scenario.STATIC_CACHE, Variant.DEFAULT,
                context.dumpsDir()));
    }

    /** Keeps the produced dumps for the next steps and lists them, labelled A, B, C as the reports label them. */
    static void listDumps(DemoContext context, DumpSet set) throws IOException {
        context.dumpSet(set);
        StringBuilder list = new StringBuilder("Dumps (taken on Java " + set.javaVersion() + "):"
                + System.lineSeparator());
        for (int d = 0; d < set.dumps().size(); d++) {
            Path dump = set.dumps().get(d);
            list.append("  ").append(SeriesText.dumpLabel(d)).append(" = ").append(dump);
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

    /** What keeps the growing entries alive: the merged paths as text, and as a picture beside the dumps. */
    static void whatHoldsTheLeak(DemoContext context) {
        context.say("Finally, why they stay: the shortest chains of references from the GC roots to every "
                + "MyCache$Entry, merged. The static field and the map that hold them are the place to fix.");
        Path dump = context.lastDump();
        try (OpenIndex opened = OpenIndex.quietly(dump, context.indexDir())) {
            HeapIndex index = opened.index();
            BackrefsResult result = Backrefs.run(index,
                    BackrefsQuery.ofClass(LEAKING_CLASS).withLimits(100_000, 30, 3));
            context.show(BackrefsText.format(index, result, LEAKING_CLASS, null));
            Path picture = context.dir().resolve("what-holds-MyCache-Entry.svg");
            try {
                new PathGraphRenderer().writeSvg(PathGraphs.of(result), picture);
                context.show("The same as a picture: " + picture + System.lineSeparator()); // a path is never wrapped
            } catch (RenderException e) {
                context.say("(No picture: " + e.getMessage() + ".)");
            }
        } catch (IOException e) {
            throw new UnreadableDumpException(dump + ": " + e.getMessage(), e);
        }
    }

    /** The why report on all three dumps: the place that keeps accumulating, how fast, and its path. */
    static void whyItGrows(DemoContext context) {
        context.say("Last, all of it in one report: heapwhy why matches the three dumps by the paths that hold "
                + "their objects (object ids change between dumps, paths do not) and names the place that keeps "
                + "accumulating objects, how fast it grows, what it retains, and the path from its GC root.");
        WhyReport report = WhyCommand.report(context.dumps(), SiteQuery.defaults(),
                dump -> OpenIndex.quietly(dump, context.indexDir()),
                (dump, heap) -> TerminalProgress.forObjects(context.out(), "", false));
        context.show(WhyText.format(report, context.dumps()));
    }

    static final String LEAKING_CLASS = "heapwhy.testdumps.scenarios.MyCache$Entry";

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
                + "  ./heapwhy growth --format csv --top 0 " + String.join(" ", dumps) + nl
                + "  ./heapwhy backrefs --class '" + LEAKING_CLASS + "' -o leak.png " + last + nl
                + "  ./heapwhy why --graph why.svg " + String.join(" ", dumps) + nl
                + "  ./heapwhy dominators --depth 5 " + last + nl
                + "  ./heapwhy demo waste" + nl);
        context.out().flush();
    }
}
