package heapwhy.cli.paths;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.ObjectIdOption;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.PathFormat;
import heapwhy.cli.common.Pictures;
import heapwhy.cli.common.RandomAccessDumps;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.Chain;
import heapwhy.paths.PathGraphs;
import heapwhy.paths.ShortestChains;
import heapwhy.report.paths.PathCsv;
import heapwhy.report.paths.PathJson;
import heapwhy.report.paths.PathText;
import heapwhy.util.ObjectIdText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code heapwhy path DUMP --id ID}: the single shortest chain from a GC root to one object. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"The shortest chain of references from a GC root to one object, one step per line: why "
                + "this object is still alive. Only strong references are followed unless --include-weak."},
        footer = {"", "Examples:",
            "  heapwhy path --id 0x7f0012a8 app.hprof",
            "", "All instances of a class at once: heapwhy backrefs --class NAME app.hprof"})
public final class PathCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    Path dump;

    @Option(names = "--id", paramLabel = "ID", required = true,
            description = "The object (0x-hex or decimal id, as top prints them).")
    String id;

    @Option(names = "--include-weak",
            description = "Follow the referents of weak, soft, phantom and final references too.")
    boolean includeWeak;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Mixin
    PathOutput output = new PathOutput();

    public PathCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        long wanted = ObjectIdOption.parseId(spec, id);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RandomAccessDumps.require(dump, "path");
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            HeapIndex heap = opened.index();
            int node = ObjectIdOption.find(heap, dump, wanted);
            Chain chain;
            try {
                chain = ShortestChains.shortestChain(heap, node, includeWeak);
            } catch (IOException e) {
                throw new UnreadableDumpException(dump + ": cannot read objects from the dump: " + e.getMessage());
            }
            PathFormat chosen = output.chosen();
            if (chosen == PathFormat.json) {
                out.print(PathJson.format(heap, node, chain, includeWeak));
            } else if (chosen == PathFormat.csv) {
                out.print(PathCsv.format(heap, chain));
            } else if (chosen.isPicture() && chain != null) {
                Pictures.write(PathGraphs.of(chain, heap), chosen, output.output, "heapwhy-path", out);
            } else {
                out.print(PathText.format(heap, node, chain, includeWeak));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
