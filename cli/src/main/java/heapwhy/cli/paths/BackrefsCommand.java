package heapwhy.cli.paths;

import heapwhy.cli.common.ClassSuggestions;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.ObjectIdOption;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.PathFormat;
import heapwhy.cli.common.Pictures;
import heapwhy.cli.common.RandomAccessDumps;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.Backrefs;
import heapwhy.paths.BackrefsQuery;
import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathGraphs;
import heapwhy.report.paths.BackrefsCsv;
import heapwhy.report.paths.BackrefsJson;
import heapwhy.report.paths.BackrefsText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code heapwhy backrefs DUMP --class NAME}: what keeps these objects alive, merged shortest paths. */
@Command(name = "backrefs", mixinStandardHelpOptions = true,
        description = {"What keeps these objects alive: the shortest path from a GC root to each instance of a "
                + "class (or to one object), merged into a tree from the roots down by the shape of their steps "
                + "(the values of one map are one branch, with a few keys as examples; --by-key gives a branch per "
                + "key), with the number of paths through each step and the retained size of the targets below it.",
                "Steps are field names, 'static Owner.FIELD', '[i]' for array elements, runs of one link "
                        + "('next ×120'), and the collections and caches of the JDK, Guava and Caffeine in one step "
                        + "each: map[\"key\"], set[\"key\"], list[i], queue[…], deque[…], cache[\"key\"], "
                        + "threadLocal. Only strong references are followed unless --include-weak."},
        footer = {"", "Examples:",
            "  heapwhy backrefs --class com.acme.MyCache\\$Entry app.hprof",
            "  heapwhy backrefs --class com.acme.Listener --subclasses app.hprof",
            "  heapwhy backrefs --id 0x7f0012a8 --format json app.hprof",
            "  heapwhy backrefs --class com.acme.Listener --format csv app.hprof",
            "", "One object's single shortest chain: heapwhy path --id ID app.hprof"})
public final class BackrefsCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    Path dump;

    static final class Target {
        @Option(names = "--class", paramLabel = "NAME", required = true,
                description = "The instances of this class (Java syntax, nested classes with $).")
        String className;

        @Option(names = "--id", paramLabel = "ID", required = true,
                description = "One object (0x-hex or decimal id, as top prints them).")
        String id;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--subclasses", description = "With --class: instances of its subclasses too.")
    boolean subclasses;

    @Option(names = "--include-weak",
            description = "Follow the referents of weak, soft, phantom and final references too.")
    boolean includeWeak;

    @Option(names = "--by-key",
            description = "Merge paths only where their steps are the same to the key: one branch per map key "
                    + "(map[\"a\"], map[\"b\"]). By default paths merge by the shape of their steps (map[…]) "
                    + "and a few keys are shown as examples.")
    boolean byKey;

    @Option(names = "--max-paths", paramLabel = "N", defaultValue = "1000000",
            description = "Consider at most N targets (in dump order); the counts then say they are of the "
                    + "first N. Default: ${DEFAULT-VALUE}.")
    int maxPaths;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "30",
            description = "Show at most N steps of a path; longer ones are cut before the target. "
                    + "Default: ${DEFAULT-VALUE}.")
    int depth;

    @Option(names = "--too-many", paramLabel = "N", defaultValue = "20",
            description = "Show at most N children of a step, the rest as one '… more' line. Default: ${DEFAULT-VALUE}.")
    int tooMany;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Mixin
    PathOutput output = new PathOutput();

    public BackrefsCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Options.atLeast(spec, "--max-paths", maxPaths, 1);
        Options.atLeast(spec, "--depth", depth, 1);
        Options.atLeast(spec, "--too-many", tooMany, 1);
        Long wanted = target.id == null ? null : ObjectIdOption.parseId(spec, target.id);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RandomAccessDumps.require(dump, "backrefs");
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            HeapIndex heap = opened.index();
            BackrefsQuery query = wanted == null ? BackrefsQuery.ofClass(target.className)
                    : BackrefsQuery.ofNode(ObjectIdOption.find(heap, dump, wanted));
            query = query.withSubclasses(subclasses).withIncludeWeak(includeWeak).withLimits(maxPaths, depth, tooMany)
                    .withByKey(byKey);
            BackrefsResult result = run(heap, query);
            String what = BackrefsText.target(heap, query);
            String unknownClass = unknownClass(heap);
            PathFormat chosen = output.chosen();
            if (unknownClass != null && chosen != PathFormat.text) {
                err.println("heapwhy: warning: " + unknownClass);
                err.flush();
            }
            switch (chosen) {
                case text -> out.print(BackrefsText.format(heap, result, what, unknownClass));
                case json -> out.print(BackrefsJson.format(heap, result));
                case csv -> out.print(BackrefsCsv.format(result));
                default -> Pictures.write(PathGraphs.of(result), chosen, output.output, "heapwhy-backrefs", out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** What to say when --class names no class of the dump, with the names it may have meant; else null. */
    private String unknownClass(HeapIndex heap) {
        if (target.className == null) {
            return null;
        }
        List<String> names = heap.classes().stream().map(HeapClass::name).distinct().toList();
        return names.contains(target.className) ? null : ClassSuggestions.message(target.className, names);
    }

    private BackrefsResult run(HeapIndex heap, BackrefsQuery query) {
        try {
            return Backrefs.run(heap, query);
        } catch (IOException e) {
            throw new UnreadableDumpException(dump + ": cannot read objects from the dump: " + e.getMessage());
        }
    }
}
