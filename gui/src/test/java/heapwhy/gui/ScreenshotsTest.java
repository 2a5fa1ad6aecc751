package heapwhy.gui;

import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import javafx.scene.Parent;
import heapwhy.graph.HeapIndex;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PNG of each tab of the explorer, headless, on the three dumps of the static-cache leak (the newest one
 * current; the Growth tab after comparing all three). Every tab the window has is taken, so views added later
 * are too. Runs with the other tests, writing into {@code gui/target/screenshots}; to write only the pictures,
 * into a folder of one's choosing (a relative path is taken from {@code gui/}), from the project's root:
 *
 * <pre>
 * mvn -q -B -o test -pl testdumps,analyzer,gui -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dheapwhy.screenshots=/tmp/heapwhy-screenshots
 * </pre>
 *
 * Files are named after the tab's title, lower case, spaces as dashes: {@code summary.png}, {@code growth.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    /** A window of text and tables compresses to tens of KB; a blank one to a few. */
    private static final long LEAST_BYTES = 10_000;

    @TempDir
    static Path home;

    private Explorer explorer;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = UserSteps.showExplorer(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        UserSteps.closeAll(explorer);
    }

    @Test
    void everyTabIsWrittenAsAPictureThatShowsSomething(FxRobot robot) throws Exception {
        Path folder = Path.of(System.getProperty("heapwhy.screenshots", "target/screenshots"));
        UserSteps.open(explorer, ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps());
        showTheLeak(robot);
        TabPane tabs = explorerTabs(robot);
        List<Tab> all = new ArrayList<>(tabs.getTabs());
        assertFalse(all.isEmpty());
        List<Path> written = new ArrayList<>();
        for (Tab tab : all) {
            if (tab.getText().equals("Graph")) {
                pathsToOneEntry();
            }
            WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tab)).get();
            if (tab.getText().equals("Growth")) {
                UserSteps.compareAll(robot, explorer);
            }
            UserSteps.idle(explorer);
            Path file = folder.resolve(tab.getText().toLowerCase(Locale.ROOT).replace(' ', '-') + ".png");
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
            Png.write(image, file);
            written.add(file);
        }
        assertEquals(all.size(), written.stream().distinct().count(), "two tabs share a file name: " + written);
        for (Path file : written) {
            assertTrue(Files.size(file) > LEAST_BYTES, file + " is " + Files.size(file) + " bytes");
            assertTrue(Png.colours(file, 2) > 1, file + " is one flat colour");
        }
    }

    /**
     * Gives the views that start empty something to show: the paths to MyCache$Entry (Paths), the map
     * of MyCache.ENTRIES in the Inspector; the Histogram's filter is emptied again.
     */
    private void showTheLeak(FxRobot robot) throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#histogram-filter").queryAs(javafx.scene.control.TextField.class)
                .clear()).get();
        OpenedDump dump = WaitForAsyncUtils.asyncFx(explorer::current).get();
        HeapIndex index = dump.index();
        int map = -1;
        for (int v = 0; v < index.nodeCount() && map < 0; v++) {
            if (index.isClass(v) && index.describe(v).equals("class heapwhy.testdumps.scenarios.MyCache")) {
                map = index.contents().fields(v).stream().filter(f -> f.name().equals("ENTRIES")).findFirst().orElseThrow().node();
            }
        }
        int cacheMap = map;
        WaitForAsyncUtils.asyncFx(() -> explorer.navigator().inspect(dump, cacheMap)).get();
        UserSteps.idle(explorer);
    }

    /**
     * The graph of one entry's path (the leak's whole chain, from the class to the entry) fits the window;
     * the 10,000 paths the Paths tab shows draw too wide to read at any zoom.
     */
    private void pathsToOneEntry() throws Exception {
        OpenedDump dump = WaitForAsyncUtils.asyncFx(explorer::current).get();
        HeapIndex index = dump.index();
        int entry = -1;
        for (int v = 0; v < index.nodeCount() && entry < 0; v++) {
            if (index.inGraph(v) && index.describe(v).equals("heapwhy.testdumps.scenarios.MyCache$Entry")) {
                entry = v;
            }
        }
        int node = entry;
        WaitForAsyncUtils.asyncFx(() -> explorer.navigator().pathsToObject(dump, node)).get();
        UserSteps.idle(explorer);
    }

    /** The window's own tabs: the tab pane no other tab pane holds (a view may have tabs of its own). */
    private static TabPane explorerTabs(FxRobot robot) {
        for (TabPane pane : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            boolean nested = false;
            for (Parent p = pane.getParent(); p != null; p = p.getParent()) {
                nested |= p instanceof TabPane;
            }
            if (!nested) {
                return pane;
            }
        }
        throw new AssertionError("the explorer has no tabs");
    }
}
