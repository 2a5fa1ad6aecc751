package heapwhy.gui;

import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Paths view on the static-cache dump, driven like a user, headless. */
class PathsViewTest extends StaticCacheDumpOpen {
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static String header(FxRobot robot) throws Exception {
        return GuiSteps.label(robot, "#paths-header");
    }

    @Test
    void pathsToGcRootsFromTheHistogramSwitchToThePathsTabAndOpenTheTreeDownToTheEntries(FxRobot robot)
            throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Paths", tabs.getSelectionModel().getSelectedItem().getText());
        assertTrue(header(robot).startsWith("What keeps " + ENTRY + " alive: shortest paths from the GC roots over "
                + "strong references, merged by step."), header(robot));
        // as on the command line, every target is followed to a root
        assertTrue(header(robot).contains("60,000 targets; 60,000 paths shown"), header(robot));

        List<String> lines = GuiSteps.visibleLines(robot);
        // the root spelled out, then the static field, then the map's keys, down to the entries themselves
        assertTrue(lines.get(0).startsWith("class heapwhy.testdumps.scenarios.MyCache ") && lines.get(0)
                .contains("  ×60,000, "), lines.get(0));
        assertTrue(lines.get(1).startsWith("static MyCache.ENTRIES → java.util.HashMap  ×60,000, "), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("list[…] → " + ENTRY + " (×")), lines.toString());
    }

    @Test
    void ctrlCCopiesTheWholeTreeIndentedAsTheCommandLinePrintsIt(FxRobot robot) throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        robot.clickOn(GuiSteps.visibleLines(robot).get(1));
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied != null && copied.startsWith("What keeps " + ENTRY + " alive"), copied);
        String nl = System.lineSeparator();
        assertTrue(copied.contains(nl + "└─ static MyCache.ENTRIES → java.util.HashMap  ×60,000, "), copied);
        // the tenants' lists merge into one branch by the shape of their step, as the command line words it
        assertTrue(copied.contains(nl + "   └─ map[…] → java.util.ArrayList  ×60,000, "), copied);
    }

    @Test
    void includingWeakReferencesAsksAgainAndTheHeaderSaysSo(FxRobot robot) throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        robot.clickOn("#paths-weak");
        assertTrue(robot.lookup("#paths-weak").queryAs(CheckBox.class).isSelected());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> header(robot).contains("(weak, soft and phantom references followed)"));
        GuiSteps.waitForTree(robot);
        assertTrue(header(robot).startsWith("What keeps " + ENTRY + " alive"), header(robot));
    }

    @Test
    void aClassTypedWithoutItsPackageIsFoundAndAnUnknownOneIsReported(FxRobot robot) throws Exception {
        robot.clickOn("Paths");
        robot.clickOn("#paths-class").write("NoSuchClass");
        robot.clickOn("#paths-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No class named NoSuchClass in this dump.", header(robot));

        robot.doubleClickOn("#paths-class").eraseText("NoSuchClass".length()).write("MyCache$Entry");
        robot.type(KeyCode.ENTER);
        GuiSteps.waitForTree(robot);
        assertTrue(header(robot).startsWith("What keeps " + ENTRY + " alive"), header(robot));
    }

    @Test
    void inspectOnTheLineOfTheStaticFieldShowsTheMapInTheInspector(FxRobot robot) throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<heapwhy.paths.PathTree> tree =
                robot.lookup("#paths-tree").queryAs(javafx.scene.control.TreeView.class);
        javafx.scene.control.Button inspect = robot.lookup("#paths-inspect").queryAs(javafx.scene.control.Button.class);
        assertTrue(inspect.isDisabled(), "nothing selected, nothing to inspect");
        WaitForAsyncUtils.asyncFx(() -> tree.getSelectionModel().select(1)).get();
        assertEquals("static MyCache.ENTRIES",
                GuiSteps.onFx(() -> tree.getSelectionModel().getSelectedItem().getValue().label()));
        robot.clickOn("#paths-inspect");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> GuiSteps.label(robot, "#inspector-header").startsWith("java.util.HashMap  0x"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the inspector shows: " + GuiSteps.label(robot, "#inspector-header")
                    + "; selected node " + GuiSteps.onFx(() -> tree.getSelectionModel().getSelectedItem().getValue().node())
                    + ", button disabled " + inspect.isDisabled(), e);
        }
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Inspector", GuiSteps.onFx(() -> tabs.getSelectionModel().getSelectedItem().getText()));
    }

    @Test
    void pathsToOneObjectNameItByClassAndIdAndCountOneTarget() throws Exception {
        HeapIndex index = explorer.dumps().get(0).index();
        int entry = -1;
        for (int v = 0; v < index.nodeCount() && entry < 0; v++) {
            if (index.inGraph(v) && !index.isClass(v) && index.classOf(v).name().equals(ENTRY)) {
                entry = v;
            }
        }
        int node = entry;
        Navigator navigator = new Navigator(explorer);
        PathsView view = WaitForAsyncUtils.asyncFx(() -> new PathsView(navigator)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            view.show(explorer.dumps().get(0));
            navigator.pathsToObject(explorer.dumps().get(0), node);
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> navigator.pathsShown().get() != null);
        String text = WaitForAsyncUtils.asyncFx(view::text).get();
        assertTrue(text.startsWith("What keeps " + ENTRY + " " + ObjectIdText.hex(index.objectId(node)) + " alive"),
                text);
        assertTrue(text.contains("1 target; 1 path shown"), text);
        assertTrue(text.contains("static MyCache.ENTRIES → java.util.HashMap  ×1, "), text);
    }
}
