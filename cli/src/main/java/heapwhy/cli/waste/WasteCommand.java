package heapwhy.cli.waste;

import heapwhy.cli.common.ByteSizes;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.DumpsInTurn;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.RandomAccessDumps;
import heapwhy.cli.common.TerminalProgress;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.graph.HeapIndex;
import heapwhy.report.waste.WasteCsv;
import heapwhy.report.waste.WasteGrowthCsv;
import heapwhy.report.waste.WasteGrowthJson;
import heapwhy.report.waste.WasteGrowthText;
import heapwhy.report.waste.WasteHints;
import heapwhy.report.waste.WasteJson;
import heapwhy.report.waste.WasteText;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.WasteReport;
import heapwhy.waste.growth.WasteGrowth;
import heapwhy.waste.growth.WasteGrowthQuery;
import heapwhy.waste.growth.WasteGrowthReport;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code heapwhy waste DUMP}: memory one dump wastes on duplicates and on containers that hold nothing;
 * {@code heapwhy waste A B [C...]}: which of that waste grows from dump to dump.
 */
@Command(name = "waste", mixinStandardHelpOptions = true,
        description = {"Memory the program wastes: objects that could be shared or need not exist, what they cost "
                + "(bytes and share of the reachable heap) and the fields that hold them, so you know where to fix.",
                "Inspections (--inspection, all by default):",
                "  duplicate-strings   " + WasteHints.DUPLICATE_STRINGS,
                "  duplicate-arrays    " + WasteHints.DUPLICATE_ARRAYS,
                "  empty-collections   " + WasteHints.EMPTY_COLLECTIONS,
                "  zero-length-arrays  " + WasteHints.ZERO_LENGTH_ARRAYS,
                "  under-filled        " + WasteHints.UNDER_FILLED,
                "  boxed-numbers       " + WasteHints.BOXED_NUMBERS,
                "  object-overhead     " + WasteHints.OBJECT_OVERHEAD,
                "The owner of a wasted object is the field on its shortest path from the GC roots; inside a "
                        + "collection, the field that holds the collection, with its kind (e.g. static "
                        + "Catalog.NAMES (HashMap values)).",
                "With two or more dumps of one application, oldest first: which waste grows. Each dump's holders "
                        + "(Customer.country) and values (\"Germany\", java.util.ArrayList) are matched by name, "
                        + "and, as in heapwhy why, one grows when its wasted bytes rise in every interval (from A to "
                        + "B with two dumps) by --min-growth or more in all: waste that grows is waste that will "
                        + "run the heap out, waste that stays is a fixed cost."},
        footer = {"", "Examples:",
            "  heapwhy waste app.hprof                                   every inspection",
            "  heapwhy waste --inspection duplicate-strings app.hprof    one of them",
            "  heapwhy waste --min-percent 1 app.hprof                   at least 1 %% of heap",
            "  heapwhy waste --format json app.hprof                     for scripts",
            "  heapwhy waste 1.hprof 2.hprof 3.hprof                     which waste grows"})
public final class WasteCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", arity = "1..*",
            description = "The heap dump, or two or more dumps of one application, oldest first (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    List<Path> dumps;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Owners and examples shown per finding; with several dumps, the growing holders and "
                    + "values shown. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--min-percent", paramLabel = "P", defaultValue = "0",
            description = "Show only findings that waste at least P %% of the reachable heap (of the last dump, "
                    + "with several). Default: ${DEFAULT-VALUE}.")
    double minPercent;

    @Option(names = "--min-growth", paramLabel = "SIZE", defaultValue = "64KB",
            description = "With several dumps: report a holder or value only when its waste grows by at least SIZE "
                    + "from the first dump to the last (bytes, or with KB, MB, GB). Default: ${DEFAULT-VALUE}.")
    String minGrowth;

    @Option(names = "--inspection", paramLabel = "NAME", split = ",",
            description = "Run only this inspection (repeat it, or separate names by commas): duplicate-strings, "
                    + "duplicate-arrays, empty-collections, zero-length-arrays, under-filled, boxed-numbers, object-overhead. "
                    + "Default: all.")
    List<String> inspections = new ArrayList<>();

    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public WasteCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        if (!(minPercent >= 0 && minPercent <= 100)) {
            throw new ParameterException(spec.commandLine(), "--min-percent must be from 0 to 100, not " + minPercent);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dump : dumps) {
            RandomAccessDumps.require(dump, "waste");
        }
        if (dumps.size() > 1) {
            WasteGrowthQuery query = new WasteGrowthQuery(ByteSizes.parse(spec, "--min-growth", minGrowth), minPercent,
                    top);
            IndexOpener opener = new IndexOpener(environment, err);
            boolean terminal = environment.terminal().getAsBoolean();
            WasteGrowthReport report = growth(dumps, kinds(), query, dump -> opener.open(dump, index),
                    (dump, heap) -> TerminalProgress.forObjects(err, "finding waste in " + dump.getFileName(),
                            terminal && heap.nodeCount() > 2_000_000));
            for (String warning : report.warnings()) {
                err.println("heapwhy: warning: " + warning);
            }
            err.flush();
            out.print(switch (format) {
                case text -> WasteGrowthText.format(report);
                case json -> WasteGrowthJson.format(report);
                case csv -> WasteGrowthCsv.format(report);
            });
            out.flush();
            return ExitCodes.OK;
        }
        Path dump = dumps.get(0);
        WasteQuery query = new WasteQuery(kinds(), top);
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            HeapIndex heap = opened.index();
            WasteReport report;
            try {
                report = shown(Waste.find(heap, query));
            } catch (IOException e) {
                throw new UnreadableDumpException(dump + ": cannot read objects from the dump: " + e.getMessage());
            }
            out.print(switch (format) {
                case text -> WasteText.format(String.valueOf(dump.getFileName()), report);
                case json -> WasteJson.format(report);
                case csv -> WasteCsv.format(report);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The waste growth of dumps, oldest first, opening one at a time with {@code opener}: each dump's waste is
     * found and the dump closed before the next opens.
     */
    public static WasteGrowthReport growth(List<Path> dumps, Set<WasteKind> kinds, WasteGrowthQuery query,
                                           Function<Path, OpenIndex> opener,
                                           BiFunction<Path, HeapIndex, TerminalProgress> progressFor) {
        List<String> names = new ArrayList<>();
        List<WasteReport> reports = new ArrayList<>();
        String order = DumpsInTurn.each("waste", dumps, opener, progressFor, (d, dump, heap, progress) -> {
            progress.progress(d, dumps.size());
            reports.add(Waste.find(heap, WasteGrowth.perDump(kinds)));
            names.add(dump.toString());
        });
        WasteGrowthReport report = WasteGrowth.compare(names, reports, query);
        return order == null ? report : report.withWarning(order);
    }

    private Set<WasteKind> kinds() {
        Set<WasteKind> kinds = EnumSet.noneOf(WasteKind.class);
        for (String name : inspections) {
            WasteKind kind = WasteKind.byOption(name);
            if (kind == null) {
                throw new ParameterException(spec.commandLine(), "unknown inspection '" + name + "' (one of "
                        + "duplicate-strings, duplicate-arrays, empty-collections, zero-length-arrays, "
                        + "under-filled, boxed-numbers, object-overhead)");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    /** The findings at or above --min-percent. */
    private WasteReport shown(WasteReport report) {
        List<WasteFinding> kept = new ArrayList<>();
        for (WasteFinding f : report.findings()) {
            if (report.percent(f.wastedBytes()) >= minPercent) {
                kept.add(f);
            }
        }
        return new WasteReport(kept, report.graphBytes());
    }
}
