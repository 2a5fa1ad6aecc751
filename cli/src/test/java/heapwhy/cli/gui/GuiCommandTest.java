package heapwhy.cli.gui;

import heapwhy.cli.Main;
import heapwhy.cli.Run;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What heapwhy gui checks before it opens a window (the window itself is tested headless in the gui module). */
class GuiCommandTest {
    @Test
    void linuxWithoutDisplayOrWaylandSaysSoAndHowToRunOnAServer() {
        String why = GuiCommand.missingDisplay("Linux", Map.of());
        assertTrue(why.startsWith("the gui needs a graphical display, and neither DISPLAY nor WAYLAND_DISPLAY is set"), why);
        assertTrue(why.contains("xvfb-run heapwhy gui"), why);
        assertEquals(why, GuiCommand.missingDisplay("Linux", Map.of("DISPLAY", "")));
    }

    @Test
    void aDisplayOrAWaylandSocketOrAnotherSystemIsEnough() {
        assertNull(GuiCommand.missingDisplay("Linux", Map.of("DISPLAY", ":0")));
        assertNull(GuiCommand.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertNull(GuiCommand.missingDisplay("Mac OS X", Map.of()));
        assertNull(GuiCommand.missingDisplay("Windows 11", Map.of()));
    }

    @Test
    void aDisplayNoXServerAnswersOnExits4WithOneLine() throws Exception {
        String display = unusedDisplay();
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "gui");
        child.environment().put("DISPLAY", display);
        child.environment().remove("WAYLAND_DISPLAY");
        child.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = child.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "gui still running with DISPLAY=" + display);
        assertEquals(4, process.exitValue(), err);
        List<String> lines = err.lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("heapwhy: error: the gui cannot open the display DISPLAY=" + display + " ("),
                err);
    }

    /** An X display number with no server socket on this machine. */
    private static String unusedDisplay() {
        for (int n = 97; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return ":" + n;
            }
        }
        throw new IllegalStateException("every display from :97 to :199 is taken");
    }

    @Test
    void otherLaunchFailuresAreNotTakenForAMissingDisplay() {
        assertNull(GuiCommand.unopenedDisplay("no toolkit", Map.of("DISPLAY", ":0")));
        assertNull(GuiCommand.unopenedDisplay(null, Map.of("DISPLAY", ":0")));
    }

    @Test
    void aMissingDumpExits2BeforeAnyWindow() {
        Run run = Run.of("gui", "/no/such/dump.hprof");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("/no/such/dump.hprof: no such file"), run.err());
    }

    @Test
    void helpTeachesWhatTheWindowShows() {
        Run run = Run.of("gui", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("leak suspects, object inspector, paths to GC roots"),
                run.out());
    }
}
