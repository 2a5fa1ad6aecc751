package heapwhy.cli.growth;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.DumpFiles;
import heapwhy.cli.common.DumpOrder;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.HistogramOpener;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.Warnings;
import heapwhy.growth.GrowthQuery;
import heapwhy.growth.GrowthReport;
import heapwhy.histogram.ClassHistogram;
import heapwhy.report.growth.GrowthCsv;
import heapwhy.report.growth.GrowthJson;
import heapwhy.report.growth.GrowthSelection;
import heapwhy.report.growth.GrowthText;
import heapwhy.report.histogram.SortKey;
import picocli.CommandLine.Command;
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
import java.util.regex.Pattern;

/** {@code heapwhy growth A B [C...]}: the types whose instances grew between dumps of one application. */
@Command(name = "growth", mixinStandardHelpOptions = true,
        description = {"What grows: compares the class histograms of two or more dumps of the same application, "
                + "taken in that order, and shows the types whose instance count rose, largest growth first "
                + "(like objgraph's show_growth).",
                "With three or more dumps only the types that grew in every interval are shown, unless "
                        + "--no-monotonic is given: steady growth is what a leak looks like."},
        footer = {"", "Examples:",
            "  heapwhy growth before.hprof after.hprof            # grew in between",
            "  heapwhy growth 1.hprof 2.hprof 3.hprof             # grew every time",
            "  heapwhy growth --sort bytes --top 5 1.hprof 2.hprof # most bytes",
            "  heapwhy growth --format json 1.hprof 2.hprof       # for scripts",
            "", "Take dumps a few minutes apart with: jcmd <pid> GC.heap_dump /tmp/N.hprof"})
public final class GrowthCommand implements Callable<Integer> {
    static final int DEFAULT_TEXT_TOP = 20;

    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", arity = "1..*",
            description = "Two or more heap dumps of one application, oldest first.")
    List<Path> dumps;

    @Option(names = "--top", paramLabel = "N",
            description = "Show the N types that grew most; 0 shows all. Default: " + DEFAULT_TEXT_TOP
                    + " for text, all for json and csv.")
    Integer top;

    @Option(names = "--filter", paramLabel = "REGEX",
            description = "Keep the types whose name contains a match of REGEX.")
    Pattern filter;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "count",
            description = "Order by growth in KEY (${COMPLETION-CANDIDATES}), largest first. Default: ${DEFAULT-VALUE}.")
    SortKey sort;

    @Option(names = "--min-delta", paramLabel = "N", defaultValue = "1",
            description = "Keep the types that grew by at least N (instances, or bytes with --sort bytes). "
                    + "Default: ${DEFAULT-VALUE}.")
    long minDelta;

    @Option(names = "--monotonic", negatable = true,
            description = "Keep only the types that grew in every interval between consecutive dumps. "
                    + "Default: on with three or more dumps.")
    Boolean monotonic;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public GrowthCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        int rows = Options.top(spec, top, format == OutputFormat.text ? DEFAULT_TEXT_TOP : 0);
        Options.atLeast(spec, "--min-delta", minDelta, 1);
        if (dumps.size() < 2) {
            throw new ParameterException(spec.commandLine(), "growth compares two or more dumps of one application, "
                    + "oldest first; only one was given: " + dumps.get(0));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dump : dumps) {
            DumpFiles.checkReadable(dump);
        }
        HistogramOpener opener = new HistogramOpener(environment, err);
        List<ClassHistogram> histograms = new ArrayList<>();
        for (Path dump : dumps) {
            ClassHistogram histogram = opener.read(dump);
            Warnings.print(err, histogram);
            histograms.add(histogram);
        }
        String order = DumpOrder.warning("growth", dumps,
                histograms.stream().map(h -> h.info().timestampMillis()).toList());
        if (order != null) {
            err.println("heapwhy: warning: " + order);
            err.flush();
        }
        out.print(render(histograms, query(dumps.size()), rows, format));
        out.flush();
        return ExitCodes.OK;
    }

    GrowthQuery query(int dumpCount) {
        GrowthQuery defaults = GrowthQuery.defaults(dumpCount);
        GrowthQuery.SortBy sortBy = sort == SortKey.bytes ? GrowthQuery.SortBy.BYTES : GrowthQuery.SortBy.COUNT;
        return new GrowthQuery(sortBy, 0, filter, minDelta, monotonic == null ? defaults.monotonic() : monotonic);
    }

    public static String render(List<ClassHistogram> histograms, GrowthQuery query, int top, OutputFormat format) {
        GrowthSelection selection = GrowthSelection.of(GrowthReport.compare(histograms), query, top);
        return switch (format) {
            case text -> GrowthText.format(selection);
            case csv -> GrowthCsv.format(selection);
            case json -> GrowthJson.format(selection, histograms);
        };
    }
}
