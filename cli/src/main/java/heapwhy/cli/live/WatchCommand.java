package heapwhy.cli.live;

import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.Options;
import heapwhy.cli.common.TerminalProgress;
import heapwhy.cli.why.WhyCommand;
import heapwhy.hprof.ProgressListener;
import heapwhy.live.LiveJvm;
import heapwhy.live.LiveJvmException;
import heapwhy.report.why.WhyText;
import heapwhy.sites.SiteQuery;
import heapwhy.sites.WhyReport;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code heapwhy watch PID}: dumps a live JVM's heap every so often and says after each dump, from the second
 * on, what grows so far; Ctrl+C (or the JVM's exit) ends it early with a report on the dumps taken.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Takes --dumps heap dumps of the Java VM of process PID, --every apart (each as heapwhy dump "
                + "takes it), and after each one from the second prints the why report of the dumps so far: the "
                + "places that keep accumulating objects. The last report is the answer. The dumps and their "
                + "indexes go to a temporary folder removed at the end, unless --keep names a folder to keep them in.",
                "Ctrl+C stops at once and reports on the dumps taken. If the JVM exits meanwhile, the dumps taken "
                        + "are kept, reported on, and the exit code says so (10)."},
        footer = {"", "Examples:",
            "  heapwhy watch 4242                              3 dumps a minute apart",
            "  heapwhy watch --every 10m --dumps 4 4242        a slow leak",
            "  heapwhy watch --keep /tmp/leak 4242             keep the dumps for heapwhy gui"})
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PID", description = "The process id of the JVM (heapwhy ps lists them).")
    long pid;

    @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "60s", converter = Intervals.class,
            description = "Time between dumps (90s, 2m, 1h, 500ms). Default: ${DEFAULT-VALUE}.")
    Duration every;

    @Option(names = "--dumps", paramLabel = "N", defaultValue = "3",
            description = "How many dumps to take, 2 or more. Default: ${DEFAULT-VALUE}.")
    int dumps;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the dumps (and their indexes) in DIR, made if missing, instead of removing them.")
    Path keep;

    @Option(names = "--all", description = "Dump every object, unreachable ones too, without a full GC first.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        Options.atLeast(spec, "--dumps", dumps, 2);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = folder();
        List<Path> taken = new ArrayList<>();
        int code = ExitCodes.OK;
        boolean keepFolder = keep != null;
        try (Interruption interruption = Interruption.onSignals()) {
            for (int d = 1; d <= dumps; d++) {
                Path file = folder.resolve("watch-" + pid + "-" + d + ".hprof");
                try (LiveJvm jvm = LiveJvm.attach(pid)) {
                    jvm.dumpHeap(file, all, false, ProgressListener.NONE);
                } catch (LiveJvmException e) {
                    if (taken.isEmpty()) {
                        err.println("heapwhy: " + e.getMessage());
                        code = ExitCodes.of(e.reason());
                    } else {
                        // gone before this attach, or during it: either way the JVM exited mid-watch
                        boolean exited = e.reason() == LiveJvmException.Reason.NO_SUCH_PROCESS
                                || e.reason() == LiveJvmException.Reason.TARGET_EXITED;
                        err.println("heapwhy: " + (exited ? "the JVM of process " + pid + " exited" : e.getMessage())
                                + " after " + taken.size() + (taken.size() == 1 ? " dump" : " dumps") + "; "
                                + (taken.size() == 1 ? "it is" : "they are") + " kept in " + folder
                                + (taken.size() >= 2 ? ", and the last report above covers them" : ""));
                        code = exited ? ExitCodes.TARGET_EXITED : ExitCodes.of(e.reason());
                        keepFolder = true;
                    }
                    break;
                }
                taken.add(file);
                out.println("Dump " + d + " of " + dumps + ": " + file + " (" + Sizes.human(Files.size(file)) + ")");
                out.flush();
                if (taken.size() >= 2) {
                    report(out, folder, taken, d == dumps);
                }
                if (d < dumps && (interruption.signalled() || !interruption.sleep(every))) {
                    out.println("Stopped after " + taken.size() + (taken.size() == 1 ? " dump." : " dumps."));
                    if (taken.size() < 2) {
                        out.println("One dump tells nothing of growth: there is no report.");
                    }
                    break;
                }
            }
        } finally {
            if (!keepFolder) {
                OpenIndex.deleteTree(folder);
            }
        }
        if (!keepFolder && !taken.isEmpty()) {
            out.println("The dumps were removed; --keep DIR keeps them (for backrefs, why with other options, gui).");
        }
        out.flush();
        return code;
    }

    /** The folder the dumps go to: --keep's (made if missing; never one holding dumps already), else a new temporary one. */
    private Path folder() throws IOException {
        if (keep == null) {
            return Files.createTempDirectory("heapwhy-watch-");
        }
        Path dir = keep.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new ParameterException(spec.commandLine(), "cannot write in " + dir + " (--keep)");
        }
        for (int d = 1; d <= dumps; d++) {
            if (Files.exists(dir.resolve("watch-" + pid + "-" + d + ".hprof"))) {
                throw new ParameterException(spec.commandLine(), dir.resolve("watch-" + pid + "-" + d + ".hprof")
                        + " exists: heapwhy never overwrites a file (choose another --keep)");
            }
        }
        return dir;
    }

    /** The why report of the dumps taken so far; the final one says it is. */
    private static void report(PrintWriter out, Path folder, List<Path> taken, boolean last) {
        WhyReport report = WhyCommand.report(List.copyOf(taken), SiteQuery.defaults(),
                dump -> OpenIndex.quietly(dump, folder.resolve("index")),
                (dump, heap) -> TerminalProgress.forObjects(out, "", false));
        out.println();
        out.println(last ? "What grows, over all " + taken.size() + " dumps:" : "What grows so far, over " + taken.size()
                + " dumps:");
        out.print(WhyText.format(report, taken));
        out.println();
        out.flush();
    }
}
