package heapwhy.cli.suspects;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.RandomAccessDumps;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.graph.HeapIndex;
import heapwhy.report.suspects.SuspectsCsv;
import heapwhy.report.suspects.SuspectsJson;
import heapwhy.report.suspects.SuspectsText;
import heapwhy.suspects.Suspects;
import heapwhy.suspects.SuspectsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code heapwhy suspects DUMP}: leak suspects of one dump, from the dominator tree. */
@Command(name = "suspects", mixinStandardHelpOptions = true,
        description = {"Leak suspects of one dump: the objects that alone keep at least --threshold %% of the "
                + "reachable heap alive, each with where its memory accumulates (the object below it whose "
                + "retained size spreads over many children, e.g. a map's table), the types it holds there and "
                + "what piles up under them (everything it keeps alive, by class, looking through maps and lists), "
                + "and the shortest chain from a GC root to it.",
                "A class loader or class on top of what it keeps alive is looked through to the objects its "
                        + "statics hold that still pass the threshold, named by the field that holds them (e.g. "
                        + "static MyCache.ENTRIES); one whose statics hold only small things stays the suspect and "
                        + "the biggest of them are named. A class loader that is not the JDK's own and that something "
                        + "outside the loader hierarchy keeps alive (a static, a thread) stays the suspect as such.",
                "When no single object passes the threshold, the classes whose instances together do are named "
                        + "instead."},
        footer = {"", "Examples:",
            "  heapwhy suspects app.hprof                     # objects keeping 10 %% or more",
            "  heapwhy suspects --threshold 5 app.hprof       # smaller suspects too",
            "  heapwhy suspects --format json app.hprof       # for scripts",
            "  heapwhy suspects --format csv app.hprof        # one row per suspect",
            "", "Look closer with: heapwhy dominators --id ID app.hprof"})
public final class SuspectsCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    Path dump;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "10",
            description = "A suspect keeps at least PERCENT %% of the reachable heap alive. Default: ${DEFAULT-VALUE}.")
    double threshold;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public SuspectsCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!(threshold > 0 && threshold <= 100)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be above 0 and at most 100, not "
                    + threshold);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RandomAccessDumps.require(dump, "suspects");
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            HeapIndex heap = opened.index();
            SuspectsReport report;
            try {
                report = Suspects.find(heap, threshold);
            } catch (IOException e) {
                throw new UnreadableDumpException(dump + ": cannot read objects from the dump: " + e.getMessage());
            }
            out.print(switch (format) {
                case text -> SuspectsText.format(heap, report);
                case json -> SuspectsJson.format(heap, report);
                case csv -> SuspectsCsv.format(heap, report);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }
}
