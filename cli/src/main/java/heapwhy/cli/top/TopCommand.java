package heapwhy.cli.top;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.OutputFormat;
import heapwhy.report.top.TopCsv;
import heapwhy.report.top.TopJson;
import heapwhy.report.top.TopText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code heapwhy top DUMP}: the objects that keep the most memory alive. */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = "Which objects hold the most: the objects with the largest retained size (the memory "
                + "that would be freed if the object went away, as the dominator tree tells), largest first, "
                + "with their share of the reachable heap.",
        footer = {"", "Examples:",
            "  heapwhy top app.hprof                      # 20 biggest objects",
            "  heapwhy top --top 5 --format csv app.hprof # for scripts",
            "  heapwhy dominators --id 0x7f0012a8 app.hprof # then what one of them holds"})
public final class TopCommand implements Callable<Integer> {
    static final int DEFAULT_TOP = 20;

    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip).")
    Path dump;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + DEFAULT_TOP,
            description = "Show the N biggest objects. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public TopCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Options.atLeast(spec, "--top", top, 1);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            int[] nodes = opened.index().dominatorTree().biggestObjects(top);
            out.print(switch (format) {
                case text -> TopText.format(opened.index(), nodes);
                case csv -> TopCsv.format(opened.index(), nodes);
                case json -> TopJson.format(opened.index(), nodes);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }
}
