package heapwhy.cli;

import heapwhy.cli.common.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The {@code heapwhy} root command: the help that teaches the tool; its subcommands come from {@link CommandTable}. */
@Command(name = "heapwhy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "",
            "heapwhy reads Java heap dumps (the HPROF files written by jcmd GC.heap_dump, jmap or "
                    + "-XX:+HeapDumpOnOutOfMemoryError) and tells you what fills the heap and what keeps growing. "
                    + "histogram (a class histogram of one dump) and growth (the types whose instance counts rise "
                    + "across two or more dumps of the same application, taken a while apart) read each dump in "
                    + "one streaming pass, with memory that does not grow with the dump. Start with 'heapwhy demo' "
                    + "to see them on a small program that leaks.",
            "",
            "why, summary, top, dominators, suspects, waste, backrefs, path and histogram --retained go further: they build the "
                    + "dump's object graph and dominator tree once and tell which objects keep the memory alive and "
                    + "through which references. That takes Java heap in proportion to the dump (about 30 bytes per "
                    + "object while the index is built) and an index on disk of about 80 bytes per object, kept "
                    + "under your home folder in .cache/heapwhy/index (never beside the dump unless asked; "
                    + "--no-cache keeps none, rm -rf ~/.cache/heapwhy/index removes them all)."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  heapwhy histogram app.hprof               largest classes of one dump",
            "  heapwhy growth 1.hprof 2.hprof 3.hprof    types that grew in every interval",
            "  heapwhy why 1.hprof 2.hprof 3.hprof       where they pile up, what holds them",
            "  heapwhy summary app.hprof                 objects, roots, garbage, layout",
            "  heapwhy top app.hprof                     objects that retain the most",
            "  heapwhy dominators app.hprof              who holds what, as a tree",
            "  heapwhy suspects app.hprof                leak suspects, where they accumulate",
            "  heapwhy waste app.hprof                   memory wasted on duplicates, empties",
            "  heapwhy waste 1.hprof 2.hprof 3.hprof     which of that waste grows",
            "  heapwhy backrefs --class C app.hprof      what keeps the Cs alive",
            "  heapwhy histogram --retained app.hprof    classes with retained bytes",
            "  heapwhy gui 1.hprof 2.hprof               explore dumps in a window",
            "  heapwhy ps                                the JVMs you can dump",
            "  heapwhy watch 4242                        3 dumps of a live JVM, and why",
            "  heapwhy demo                              a leaking program, analyzed",
            "  heapwhy demo waste                        a program whose waste grows, analyzed",
            "  HEAPWHY_JAVA_OPTS=-Xmx1g heapwhy bench    speed and memory on 1 GB dumps",
            "  heapwhy help growth                       all options of one command",
            "",
            "Add --debug to any command to see the stack trace of an internal error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:Success.",
            " 1:Internal error: a bug in heapwhy (or it ran out of memory). It prints a short message and "
                    + "where to report it; the stack trace only with --debug.",
            " 2:The input dump is unusable: missing, a directory, unreadable or not valid HPROF. One line "
                    + "names the file and, for a bad dump, the byte offset and what was wrong there.",
            " 3:A picture (--format dot|svg|png) could not be made: Graphviz's dot is missing or failed, or the "
                    + "file could not be written.",
            " 4:The gui found no graphical display to open its window on.",
            " 5:dump, watch: no process has that pid.",
            " 6:dump, watch: the process is not a Java VM.",
            " 7:dump, watch: the JVM belongs to another user (the Attach API reaches only your own).",
            " 8:dump, watch: the JVM was started with -XX:+DisableAttachMechanism.",
            " 9:dump, watch: not enough free disk for the dump (checked before the JVM is asked).",
            "10:dump, watch: the JVM exited while heapwhy talked to it (watch keeps the dumps taken).",
            "11:dump, watch: the JVM refused or failed the request; its message is printed.",
            "64:Usage error: unknown command or option, or a bad option value."})
final class HeapwhyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("heapwhy: error: missing command (one of histogram, growth, why, summary, top, dominators, backrefs, "
                + "path, suspects, waste, gui, demo, bench)");
        err.println("Try 'heapwhy --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
