package heapwhy.cli.dominators;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.ObjectIdOption;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.OutputFormat;
import heapwhy.graph.HeapIndex;
import heapwhy.report.dominators.DominatorBranch;
import heapwhy.report.dominators.DominatorsCsv;
import heapwhy.report.dominators.DominatorsJson;
import heapwhy.report.dominators.DominatorsText;
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

/** {@code heapwhy dominators DUMP}: the dominator tree, biggest branches first. */
@Command(name = "dominators", mixinStandardHelpOptions = true,
        description = {"Who keeps what alive: the dominator tree of the heap, as an indented tree. An object "
                + "dominates another when every path from the GC roots to the other goes through it; its "
                + "retained size is what it dominates, the memory freed if it went away.",
                "The tree starts at the GC roots (or at the object --id names); children are sorted by retained "
                        + "size, and the small or many are summed up in a '… N more' line."},
        footer = {"", "Examples:",
            "  heapwhy dominators app.hprof                   # 3 levels from the roots",
            "  heapwhy dominators --depth 6 --min-percent 5 app.hprof # deeper, big only",
            "  heapwhy dominators --id 0x7f0012a8 app.hprof   # what one object holds",
            "  heapwhy dominators --format csv app.hprof > t.csv # for scripts",
            "", "Find ids to start from with: heapwhy top app.hprof"})
public final class DominatorsCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip).")
    Path dump;

    @Option(names = "--id", paramLabel = "ID",
            description = "Start from this object (0x-hex or decimal id, as top prints them) instead of the GC roots.")
    String id;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "3",
            description = "Show N levels of children. Default: ${DEFAULT-VALUE}.")
    int depth;

    @Option(names = "--min-percent", paramLabel = "P", defaultValue = "1.0",
            description = "Hide the children that retain less than P %% of the reachable heap. Default: ${DEFAULT-VALUE}.")
    double minPercent;

    @Option(names = "--max-children", paramLabel = "K", defaultValue = "10",
            description = "Show at most K children of each object. Default: ${DEFAULT-VALUE}.")
    int maxChildren;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public DominatorsCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Options.atLeast(spec, "--depth", depth, 1);
        Options.atLeast(spec, "--max-children", maxChildren, 1);
        if (!(minPercent >= 0 && minPercent <= 100)) {
            throw new ParameterException(spec.commandLine(), "--min-percent must be between 0 and 100, not " + minPercent);
        }
        Long wanted = id == null ? null : ObjectIdOption.parseId(spec, id);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            HeapIndex heap = opened.index();
            int start = wanted == null ? HeapIndex.ROOT : ObjectIdOption.find(heap, dump, wanted);
            long minBytes = (long) Math.ceil(heap.graphBytes() * minPercent / 100);
            DominatorBranch tree = DominatorBranch.of(heap, start, depth, minBytes, maxChildren);
            out.print(switch (format) {
                case text -> DominatorsText.format(heap, tree, minPercent);
                case csv -> DominatorsCsv.format(heap, tree);
                case json -> DominatorsJson.format(heap, tree);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }
}
