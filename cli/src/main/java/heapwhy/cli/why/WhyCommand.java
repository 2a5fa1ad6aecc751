package heapwhy.cli.why;

import heapwhy.cli.common.ByteSizes;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.DumpsInTurn;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.PathFormat;
import heapwhy.cli.common.Pictures;
import heapwhy.cli.common.RandomAccessDumps;
import heapwhy.cli.common.TerminalProgress;
import heapwhy.graph.HeapIndex;
import heapwhy.render.PathGraphRenderer;
import heapwhy.report.why.WhyCsv;
import heapwhy.report.why.WhyJson;
import heapwhy.report.why.WhyText;
import heapwhy.sites.GrowthSites;
import heapwhy.sites.SiteGraphs;
import heapwhy.sites.SiteQuery;
import heapwhy.sites.WhyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@code heapwhy why A B [C...]}: the places in the object graph that keep accumulating objects. */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = {"Why the heap grows: compares two or more dumps of one application, oldest first, and names "
                + "the places in the object graph that keep accumulating objects (a static field, a collection, a "
                + "thread's ThreadLocal map, a listener list), with how fast they grow, what they retain, which types "
                + "pile up there and the path from the GC root.",
                "Places are matched across dumps by the path that leads to them (root, fields, collections, classes), "
                        + "since objects change ids between dumps. With three or more dumps a place must grow in "
                        + "every interval, so a cache that fills once is not reported; only the highest growing "
                        + "place on a path is, not each place the growth continues through.",
                "Each place is named by what piles up (the application's class, not a map's node or a cache's "
                        + "entry) and by what holds it: the field that holds its collection, with the collection's "
                        + "kind, e.g. \"Invoice piles up in static InvoiceCache.ENTRIES (HashMap)\" or \"ReportTask "
                        + "piles up in static Reports.POOL → workQueue (LinkedBlockingQueue of a ThreadPoolExecutor)\"."},
        footer = {"", "Examples:",
            "  heapwhy why 1.hprof 2.hprof 3.hprof              # what grows, and where",
            "  heapwhy why --graph why.svg 1.hprof 2.hprof      # and draw the paths",
            "  heapwhy why --min-growth 1MB 1.hprof 2.hprof     # places gaining 1 MB or more",
            "  heapwhy why --format json 1.hprof 2.hprof        # for scripts",
            "  heapwhy why --format csv 1.hprof 2.hprof         # one row per growing place",
            "", "Take dumps a few minutes apart with: jcmd <pid> GC.heap_dump /tmp/N.hprof",
            "Which types grow, without the where: heapwhy growth 1.hprof 2.hprof"})
public final class WhyCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", arity = "1..*",
            description = "Two or more heap dumps of one application, oldest first (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    List<Path> dumps;

    @Option(names = "--min-growth", paramLabel = "SIZE", defaultValue = "64KB",
            description = "Report a place only when what its objects retain grows by at least SIZE from the first "
                    + "dump to the last (bytes, or with KB, MB, GB). Default: ${DEFAULT-VALUE}.")
    String minGrowth;

    @Option(names = "--min-objects", paramLabel = "N", defaultValue = "1",
            description = "Report a place only when its objects grow by at least N from the first dump to the last. "
                    + "Default: ${DEFAULT-VALUE}.")
    long minObjects;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + SiteQuery.DEFAULT_LIMIT,
            description = "Show the N places that grow most. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--types", paramLabel = "N", defaultValue = "" + SiteQuery.DEFAULT_TYPES,
            description = "Name at most N growing types under each place. Default: ${DEFAULT-VALUE}.")
    int types;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Also draw the growing places' paths with Graphviz into FILE (.svg, .png or .dot).")
    Path graph;

    @Mixin
    IndexChoice index = new IndexChoice();

    public WhyCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (dumps.size() < 2) {
            throw new ParameterException(spec.commandLine(), "why compares two or more dumps of one application, "
                    + "oldest first; only one was given: " + dumps.get(0) + " (for one dump: heapwhy suspects)");
        }
        Options.atLeast(spec, "--top", top, 1);
        Options.atLeast(spec, "--types", types, 0);
        Options.atLeast(spec, "--min-objects", minObjects, 0);
        SiteQuery query = new SiteQuery(ByteSizes.parse(spec, "--min-growth", minGrowth), minObjects, top, types);
        PathGraphRenderer.Format picture = graph == null ? null
                : PathGraphRenderer.Format.ofFileName(graph.getFileName().toString());
        if (graph != null && picture == null) {
            throw new ParameterException(spec.commandLine(), "--graph needs a file ending in .svg, .png or .dot, not "
                    + graph);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dump : dumps) {
            RandomAccessDumps.require(dump, "why");
        }
        WhyReport report = report(query, err);
        for (String warning : report.warnings()) {
            err.println("heapwhy: warning: " + warning);
        }
        err.flush();
        out.print(switch (format) {
            case text -> WhyText.format(report, dumps);
            case json -> WhyJson.format(report, dumps);
            case csv -> WhyCsv.format(report);
        });
        out.flush();
        if (graph != null) {
            PathFormat as = PathFormat.valueOf(picture.extension());
            Pictures.write(SiteGraphs.of(report), as, graph, "heapwhy-why", format == OutputFormat.text ? out : err);
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private WhyReport report(SiteQuery query, PrintWriter err) {
        IndexOpener opener = new IndexOpener(environment, err);
        boolean terminal = environment.terminal().getAsBoolean();
        return report(dumps, query, dump -> opener.open(dump, index),
                (dump, heap) -> TerminalProgress.forObjects(err, "finding places in " + dump.getFileName(),
                        terminal && heap.nodeCount() > 2_000_000));
    }

    /**
     * The why report of dumps, oldest first, opening one at a time with {@code opener} (its signatures made, it is
     * closed; the newest stays open until the report is made).
     */
    public static WhyReport report(List<Path> dumps, SiteQuery query, Function<Path, OpenIndex> opener,
                                   BiFunction<Path, HeapIndex, TerminalProgress> progressFor) {
        if (dumps.isEmpty()) {
            throw new IllegalArgumentException("no dumps");
        }
        GrowthSites growth = new GrowthSites(query, dumps.size());
        WhyReport[] newest = new WhyReport[1];
        String order = DumpsInTurn.each("why", dumps, opener, progressFor, (d, dump, heap, progress) -> {
            growth.add(heap, dump.toString(), progress);
            if (d == dumps.size() - 1) {
                newest[0] = growth.report(); // while the newest dump is still open: the report reads it
            }
        });
        return withOrderWarning(newest[0], order);
    }

    /** The report with the warning about the dumps' order first among its warnings (text and json carry them). */
    private static WhyReport withOrderWarning(WhyReport report, String order) {
        if (order == null) {
            return report;
        }
        List<String> warnings = new ArrayList<>(List.of(order));
        warnings.addAll(report.warnings());
        return new WhyReport(report.dumps(), report.heapBytes(), report.query(), report.sites(), report.moreSites(),
                warnings);
    }
}
