package heapwhy.cli.waste;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.RandomAccessDumps;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.graph.HeapIndex;
import heapwhy.report.waste.WasteCsv;
import heapwhy.report.waste.WasteHints;
import heapwhy.report.waste.WasteJson;
import heapwhy.report.waste.WasteText;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.WasteReport;
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

/** {@code heapwhy waste DUMP}: memory one dump wastes on duplicates and on containers that hold nothing. */
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
                        + "Catalog.NAMES (HashMap values))."},
        footer = {"", "Examples:",
            "  heapwhy waste app.hprof                                   every inspection",
            "  heapwhy waste --inspection duplicate-strings app.hprof    one of them",
            "  heapwhy waste --min-percent 1 app.hprof                   findings of 1 %% of the heap or more",
            "  heapwhy waste --format json app.hprof                     for scripts"})
public final class WasteCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    Path dump;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Owners and examples shown per finding. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--min-percent", paramLabel = "P", defaultValue = "0",
            description = "Show only findings that waste at least P %% of the reachable heap. Default: ${DEFAULT-VALUE}.")
    double minPercent;

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
        WasteQuery query = new WasteQuery(kinds(), top);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RandomAccessDumps.require(dump, "waste");
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
