package heapwhy.gui;

import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the GUI tests do as a user would: open a dump, ask for paths from the histogram, read the tree. */
public final class GuiSteps {
    private GuiSteps() {
    }

    /** The third dump of the static-cache leak: 60,000 MyCache$Entry held by static MyCache.ENTRIES. */
    static Path staticCacheDump() throws java.io.IOException {
        return ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
    }

    public static void openAndWait(Explorer explorer, Path dump) throws Exception {
        int before = WaitForAsyncUtils.asyncFx(() -> explorer.dumps().size()).get();
        WaitForAsyncUtils.asyncFx(() -> explorer.open(dump)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> explorer.dumps().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Histogram, filter "MyCache", select the one row, "Paths to GC roots"; waits until the tree shows. */
    static void pathsToMyCacheEntries(FxRobot robot) throws Exception {
        robot.clickOn("Histogram");
        robot.clickOn("#histogram-filter").write("MyCache");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#histogram").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        robot.clickOn("#histogram-paths");
        waitForTree(robot);
    }

    /** Waits until the Paths tree shows lines. */
    static void waitForTree(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !visibleLines(robot).isEmpty());
    }

    /** The lines of the Paths tree as they are on screen (the opened part of the tree). */
    static List<String> visibleLines(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#paths-tree .tree-cell").queryAllAs(TreeCell.class).stream()
                .sorted(java.util.Comparator.comparingInt(TreeCell::getIndex)).map(TreeCell::getText).filter(t -> t != null && !t.isEmpty()).toList());
    }

    /** The text of a label, e.g. "#paths-header". */
    public static String label(FxRobot robot, String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** Asks on the FX thread, since controls change there while a test looks (a read elsewhere may see half a change). */
    public static <T> T onFx(Callable<T> question) throws Exception {
        return WaitForAsyncUtils.asyncFx(question).get();
    }
}
