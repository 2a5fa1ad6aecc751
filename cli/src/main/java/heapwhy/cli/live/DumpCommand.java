package heapwhy.cli.live;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.TerminalProgress;
import heapwhy.live.LiveJvm;
import heapwhy.live.LiveJvmException;
import heapwhy.report.ShellWords;
import heapwhy.util.Sizes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code heapwhy dump PID}: one heap dump of a live JVM, written where the user asked. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Has the Java VM of process PID write a heap dump of its live objects (after a full GC, as "
                + "jcmd PID GC.heap_dump does), through the JDK's Attach API and the JVM's HotSpotDiagnosticMXBean. "
                + "The file must not exist yet; its folder must be writable and have free space for about the "
                + "heap in use, checked before the JVM is asked. The JVM pauses while it writes the dump.",
                "Find the pid with heapwhy ps."},
        footer = {"", "Examples:",
            "  heapwhy dump 4242                        ./heapwhy-4242-<date>-<time>.hprof",
            "  heapwhy dump 4242 -o /tmp/app-1.hprof    where you want it",
            "  heapwhy dump --gzip 4242                 compressed, about a quarter of the size"})
public final class DumpCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PID", description = "The process id of the JVM (heapwhy ps lists them).")
    long pid;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where the dump goes. Default: heapwhy-PID-DATE-TIME.hprof (.hprof.gz with --gzip) in the "
                    + "current folder.")
    Path output;

    @Option(names = "--gzip", description = "Compress the dump (gzip, fast level), after the JVM wrote it: the JVM "
            + "pauses for the plain dump only, and the plain file needs room beside the compressed one meanwhile.")
    boolean gzip;

    @Option(names = "--all", description = "Dump every object, unreachable ones too, without the full GC first.")
    boolean all;

    public DumpCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = (output != null ? output
                : Path.of("heapwhy-" + pid + "-" + LocalDateTime.now().format(STAMP) + (gzip ? ".hprof.gz" : ".hprof")))
                .toAbsolutePath().normalize();
        checkWritable(file);
        long start = System.nanoTime();
        try (LiveJvm jvm = LiveJvm.attach(pid);
             TerminalProgress progress = TerminalProgress.forBytes(err, "dumping the heap of " + pid,
                     environment.terminal().getAsBoolean())) {
            jvm.dumpHeap(file, all, gzip, progress);
            progress.close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println("Wrote " + file + ": " + Sizes.human(size(file)) + " in "
                    + String.format(Locale.ROOT, "%.1f s", millis / 1000.0) + ", the heap of process " + pid
                    + (jvm.command().isEmpty() ? "" : " (" + jvm.command() + ")") + ".");
            out.println("Next: heapwhy histogram " + ShellWords.quote(file.toString()) + " (and with two more dumps, "
                    + "taken minutes apart: heapwhy why on the three)");
            out.flush();
            return ExitCodes.OK;
        } catch (LiveJvmException e) {
            err.println("heapwhy: " + e.getMessage());
            err.flush();
            return ExitCodes.of(e.reason());
        }
    }

    /** A file that exists, or a folder that is missing or not writable, is the user's to change. */
    private void checkWritable(Path file) {
        if (Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), file + " exists: heapwhy never overwrites a file "
                    + "(choose another -o)");
        }
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "no folder " + folder + " to write the dump in");
        }
        if (!Files.isWritable(folder)) {
            throw new ParameterException(spec.commandLine(), "cannot write in " + folder + " (the dump goes there)");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
