package heapwhy.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

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
