package heapwhy.cli.histogram;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.HistogramOpener;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.Warnings;
import heapwhy.histogram.ClassHistogram;
import heapwhy.report.histogram.HistogramCsv;
import heapwhy.report.histogram.HistogramJson;
import heapwhy.report.histogram.HistogramSelection;
import heapwhy.report.histogram.HistogramSortKey;
import heapwhy.report.histogram.HistogramText;
import heapwhy.report.histogram.RetainedHistogramCsv;
import heapwhy.report.histogram.RetainedHistogramJson;
import heapwhy.report.histogram.RetainedHistogramText;
import heapwhy.report.histogram.RetainedSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code heapwhy histogram DUMP}: instances and shallow bytes per class of one dump. */
@Command(name = "histogram", mixinStandardHelpOptions = true,
        description = "What fills the heap: instances and shallow bytes per class in one dump, "
                + "largest first, counting every object in the dump (reachable or not). Sizes are the JVM's own: "
                + "the object layout (compressed oops, class pointers, alignment) is read from the dump.",
        footer = {"", "Examples:",
            "  heapwhy histogram app.hprof                        # 30 largest classes",
            "  heapwhy histogram --sort count --top 10 app.hprof  # most numerous",
            "  heapwhy histogram --filter 'com\\.acme' app.hprof.gz # your classes",
            "  heapwhy histogram --format csv app.hprof > h.csv   # all, as CSV",
            "  heapwhy histogram --retained --sort retained app.hprof  # retained per class",
            "", "Take a dump with: jcmd <pid> GC.heap_dump /tmp/app.hprof"})
public final class HistogramCommand implements Callable<Integer> {
    static final int DEFAULT_TEXT_TOP = 30;

    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip).")
    Path dump;

    @Option(names = "--top", paramLabel = "N",
            description = "Show the N largest classes; 0 shows all. Default: " + DEFAULT_TEXT_TOP
                    + " for text, all for json and csv.")
    Integer top;

    @Option(names = "--filter", paramLabel = "REGEX",
            description = "Keep the classes whose name contains a match of REGEX (e.g. 'MyCache|HashMap').")
    Pattern filter;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "bytes",
            description = "Order by KEY (${COMPLETION-CANDIDATES}; retained with --retained), largest first. "
                    + "Default: ${DEFAULT-VALUE}.")
    HistogramSortKey sort;

    @Option(names = "--retained",
            description = "Add each class's retained bytes (what its instances keep alive, from the dominator tree). "
                    + "This builds the dump's object graph (or reuses its saved index), so the counts are then of "
                    + "the objects the GC roots reach, or of all with --keep-unreachable.")
    boolean retained;

    /** Used only with --retained. */
    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public HistogramCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        int rows = Options.top(spec, top, format == OutputFormat.text ? DEFAULT_TEXT_TOP : 0);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (retained) {
            return retained(rows, out, err);
        }
        if (sort == HistogramSortKey.retained) {
            throw new ParameterException(spec.commandLine(), "--sort retained needs --retained");
        }
        ClassHistogram histogram = new HistogramOpener(environment, err).read(dump);
        Warnings.print(err, histogram);
        HistogramSelection selection = HistogramSelection.of(histogram, sort.plain(), filter, rows);
        out.print(switch (format) {
            case text -> HistogramText.format(selection);
            case csv -> HistogramCsv.format(selection);
            case json -> HistogramJson.format(selection);
        });
        out.flush();
        return ExitCodes.OK;
    }

    private int retained(int rows, PrintWriter out, PrintWriter err) {
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            RetainedSelection selection = RetainedSelection.of(opened.index(), index.keepUnreachable, sort, filter, rows);
            out.print(switch (format) {
                case text -> RetainedHistogramText.format(selection);
                case csv -> RetainedHistogramCsv.format(selection);
                case json -> RetainedHistogramJson.format(selection);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }
}
