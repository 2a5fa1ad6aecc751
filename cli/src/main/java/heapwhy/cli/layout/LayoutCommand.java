package heapwhy.cli.layout;

import heapwhy.cli.common.ClassSuggestions;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.IndexChoice;
import heapwhy.cli.common.IndexOpener;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.OutputFormat;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.graph.HeapClass;
import heapwhy.layout.fields.ClassLayout;
import heapwhy.layout.fields.ClassLayouts;
import heapwhy.report.layout.LayoutCsv;
import heapwhy.report.layout.LayoutJson;
import heapwhy.report.layout.LayoutText;
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
import java.util.List;
import java.util.concurrent.Callable;

/** {@code heapwhy layout --class X DUMP}: where the dumped JVM put each field of one class's instances. */
@Command(name = "layout", mixinStandardHelpOptions = true,
        description = {"One class's field layout as the dumped JVM laid it out (JOL style): the object header, each "
                + "field with its offset, size and type (inherited fields included), the gaps between fields, "
                + "the alignment at the end and the instance size. Shows what heapwhy waste's object-overhead "
                + "counts, and which field order or type would close a gap.",
                "A heap dump gives no reference field's declared type: those show as reference."},
        footer = {"", "Examples:",
            "  heapwhy layout --class java.util.HashMap\\$Node app.hprof",
            "  heapwhy layout --class com.acme.Order --format json app.hprof"})
public final class LayoutCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "The heap dump (HPROF, plain or gzip from jcmd GC.heap_dump -gz=1; gunzip other gzip files first).")
    Path dump;

    @Option(names = "--class", paramLabel = "CLASS", required = true,
            description = "The class, by its Java name (java.util.HashMap$Node, com.acme.Order).")
    String className;

    @Mixin
    IndexChoice index = new IndexChoice();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    public LayoutCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenIndex opened = new IndexOpener(environment, err).open(dump, index)) {
            ClassLayout layout;
            try {
                layout = ClassLayouts.of(opened.index(), className);
            } catch (IOException e) {
                throw new UnreadableDumpException(dump + ": cannot read the class dumps: " + e.getMessage());
            }
            if (layout == null) {
                List<String> names = opened.index().classes().stream().map(HeapClass::name).distinct().toList();
                throw new ParameterException(spec.commandLine(), names.contains(className)
                        ? className + " is an array class in " + dump + ": arrays have no field layout"
                        : ClassSuggestions.message(className, names));
            }
            out.print(switch (format) {
                case text -> LayoutText.format(layout);
                case json -> LayoutJson.format(layout);
                case csv -> LayoutCsv.format(layout);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }
}
