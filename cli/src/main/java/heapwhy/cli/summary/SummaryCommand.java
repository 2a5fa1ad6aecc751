package heapwhy.cli.summary;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.OutputFormat;
import heapwhy.report.summary.SummaryCsv;
import heapwhy.report.summary.SummaryJson;
import heapwhy.report.summary.SummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code heapwhy summary DUMP}: the facts of one dump's object graph. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "The facts of one dump's object graph: objects, classes and bytes reachable from the GC "
                + "roots, the roots by kind, the unreachable objects left out, references, the dump's format and "
                + "object layout, and where the index is kept. The first command on a dump builds its index "
                + "(about as long as a histogram, twice); later ones reuse it.",
        footer = {"", "Examples:",
            "  heapwhy summary app.hprof                     # facts, one per line",
            "  heapwhy summary --keep-unreachable app.hprof  # count garbage too",
            "  heapwhy summary --format json app.hprof       # for scripts"})
public final class SummaryCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip).")
    Path dump;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public SummaryCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            out.print(switch (format) {
                case text -> SummaryText.format(opened.index(), index.keepUnreachable);
                case csv -> SummaryCsv.format(opened.index(), index.keepUnreachable);
                case json -> SummaryJson.format(opened.index(), index.keepUnreachable);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }
}
