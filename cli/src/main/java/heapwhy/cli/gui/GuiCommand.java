package heapwhy.cli.gui;

import heapwhy.cli.common.DumpFiles;
import heapwhy.cli.common.ExitCodes;
import heapwhy.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code heapwhy gui [DUMP…]}: the desktop explorer, in this JVM, until its window closes. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the explorer window: the dumps given (and any opened later with File → Open, the "
                + "recent files or by dropping them on the window), each with its summary, histogram, dominator "
                + "tree, leak suspects, object inspector, paths to GC roots and their picture, and the growth "
                + "between dumps. "
                + "Analysis runs in the background with a progress bar and a cancel button.",
                "It needs a graphical display (DISPLAY or WAYLAND_DISPLAY on Linux)."},
        footer = {"", "Examples:",
            "  heapwhy gui                                  # open dumps from the window",
            "  heapwhy gui 1.hprof 2.hprof 3.hprof          # open three dumps to compare"})
public final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", arity = "0..*", description = "Heap dumps to open (HPROF, plain or gzip).")
    List<Path> dumps = new ArrayList<>();

    @Override
    public Integer call() {
        for (Path dump : dumps) {
            DumpFiles.checkReadable(dump);
        }
        String missing = missingDisplay(System.getProperty("os.name"), System.getenv());
        if (missing != null) {
            return noDisplay(missing);
        }
        try {
            GuiLauncher.main(dumps.stream().map(Path::toString).toArray(String[]::new));
        } catch (UnsupportedOperationException e) {
            // JavaFX's toolkit throws this from launch when DISPLAY names a display nothing answers on
            String unopened = unopenedDisplay(e.getMessage(), System.getenv());
            if (unopened == null) {
                throw e;
            }
            return noDisplay(unopened);
        }
        return ExitCodes.OK;
    }

    private int noDisplay(String why) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("heapwhy: error: " + why);
        err.flush();
        return ExitCodes.NO_DISPLAY;
    }

    /** The line for JavaFX's failure to open the display, or null when {@code failure} is about something else. */
    static String unopenedDisplay(String failure, Map<String, String> env) {
        if (failure == null || !failure.toLowerCase(java.util.Locale.ROOT).contains("display")) {
            return null;
        }
        String display = env.getOrDefault("DISPLAY", "");
        String named = display.isEmpty() ? "the display" : "the display DISPLAY=" + display;
        return "the gui cannot open " + named + " (" + failure + "): is an X server running there? (on a server: "
                + "xvfb-run heapwhy gui …, or use the other commands)";
    }

    /** Why no window can open here, or null: on Linux and other Unix systems a display must be named. */
    static String missingDisplay(String osName, Map<String, String> env) {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return null;
        }
        boolean display = !env.getOrDefault("DISPLAY", "").isEmpty() || !env.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        return display ? null : "the gui needs a graphical display, and neither DISPLAY nor WAYLAND_DISPLAY is set "
                + "(on a server: xvfb-run heapwhy gui …, or use the other commands)";
    }
}
