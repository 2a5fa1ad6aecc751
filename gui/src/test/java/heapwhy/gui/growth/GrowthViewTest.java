package heapwhy.gui.growth;

import heapwhy.growth.TypeGrowth;
import heapwhy.gui.Explorer;
import heapwhy.gui.Navigator;
import heapwhy.gui.UserSteps;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Growth tab driven like a user on the three dumps of the static-cache leak, headless. */
@ExtendWith(ApplicationExtension.class)
class GrowthViewTest {
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";

    @TempDir
    static Path home;

    private Explorer explorer;
    private List<Path> dumps;

    @Start
    void start(Stage stage) {
        explorer = UserSteps.showExplorer(stage, home);
    }

    @BeforeEach
    void openTheThreeDumps() throws Exception {
        dumps = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps();
        UserSteps.open(explorer, dumps);
    }

    @AfterEach
    void close() throws Exception {
        UserSteps.closeAll(explorer);
    }

    @Test
    void comparingTheThreeDumpsPutsTheCacheEntriesFirstAmongTypesAndPlaces(FxRobot robot) throws Exception {
        UserSteps.compareAll(robot, explorer);

        TableView<TypeGrowth> types = table(robot, "#growth-types");
        TypeGrowth first = types.getItems().get(0);
        assertEquals(ENTRY, first.type());
        assertEquals(40_000, first.countDelta());
        assertEquals("+40,000", cellText(robot, "#growth-types", 0, "+count"));

        TableView<GrowingPlacesTable.Place> places = table(robot, "#growth-places");
        GrowingPlacesTable.Place leak = places.getItems().get(0);
        assertEquals(1, leak.rank());
        assertEquals(ENTRY, leak.site().className());
        assertEquals("static MyCache.ENTRIES (HashMap of ArrayList)", leak.site().holder());
        assertEquals("20,000 → 60,000", cellText(robot, "#growth-places", 0, "Objects, first → last"));
    }

    @Test
    void theBiggestPlaceIsSelectedAndItsPathReadsAsTheCliWordsIt(FxRobot robot) throws Exception {
        UserSteps.compareAll(robot, explorer);

        String path = robot.lookup("#growth-path").queryAs(TextArea.class).getText();
        assertTrue(path.startsWith("#1 MyCache$Entry piles up in static MyCache.ENTRIES (HashMap of ArrayList)"), path);
        assertTrue(path.contains("   objects   20,000 → 40,000 → 60,000   +40,000 (+20,000 per interval)"), path);
        assertTrue(path.contains("   held by (path in C):"), path);
        assertTrue(path.contains("     class heapwhy.testdumps.scenarios.MyCache"), path);
        assertTrue(path.contains("       → static MyCache.ENTRIES  java.util.HashMap"), path);
        String legend = robot.lookup("#growth-legend").queryAs(Label.class).getText();
        assertTrue(legend.startsWith("A = " + dumps.get(0).getFileName() + " (reachable heap "), legend);
    }

    @Test
    void compareIsOfferedOnlyOnceTwoDumpsAreChecked(FxRobot robot) {
        robot.clickOn("Growth");
        Button compare = robot.lookup("#growth-compare").queryButton();
        List<Node> boxes = new ArrayList<>(robot.lookup("#growth-dumps .check-box").queryAll());
        assertEquals(3, boxes.size());
        assertTrue(compare.isDisabled());
        robot.clickOn(boxes.get(0));
        assertTrue(compare.isDisabled());
        robot.clickOn(boxes.get(1));
        assertFalse(compare.isDisabled());
    }

    @Test
    void movingTheNewestDumpFirstComparesInThatOrderSoNothingGrows(FxRobot robot) throws Exception {
        robot.clickOn("Growth");
        ListView<DumpChoice.Choice> list = robot.lookup("#growth-dumps").queryListView();
        WaitForAsyncUtils.asyncFx(() -> {
            list.getItems().get(0).checked().set(true);
            list.getItems().get(2).checked().set(true);
            list.getSelectionModel().select(2);
        }).get();
        robot.clickOn("#growth-up").clickOn("#growth-up");
        assertEquals(dumps.get(2), list.getItems().get(0).dump().path());
        robot.clickOn("#growth-compare");
        UserSteps.idle(explorer);

        assertFalse(table(robot, "#growth-types").getItems().stream()
                .anyMatch(t -> ((TypeGrowth) t).type().equals(ENTRY)));
        assertTrue(table(robot, "#growth-places").getItems().isEmpty());
        String legend = robot.lookup("#growth-legend").queryAs(Label.class).getText();
        assertTrue(legend.startsWith("A = " + dumps.get(2).getFileName()), legend);
    }

    @Test
    void pathsToGcRootsAsksForThePlacesClassInTheNewestDump(FxRobot robot) throws Exception {
        // a second view, on a navigator of our own, to see where "Paths to GC roots" leads
        AtomicReference<String> asked = new AtomicReference<>();
        Stage window = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        GrowthView view = WaitForAsyncUtils.asyncFx(() -> {
            Navigator navigator = new Navigator(explorer);
            navigator.onPathsToClass((dump, className) -> asked.set(dump.path() + " " + className));
            GrowthView growth = new GrowthView(navigator);
            window.setScene(new Scene((Parent) growth.node(), 900, 600));
            window.show();
            return growth;
        }).get();
        WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<DumpChoice.Choice> list = (ListView<DumpChoice.Choice>) view.node().lookup("#growth-dumps");
            list.getItems().forEach(c -> c.checked().set(true));
            ((Button) view.node().lookup("#growth-compare")).fire();
        }).get();
        UserSteps.idle(explorer);
        WaitForAsyncUtils.asyncFx(() -> ((Button) view.node().lookup("#growth-paths")).fire()).get();
        WaitForAsyncUtils.asyncFx(() -> window.close()).get();

        assertEquals(dumps.get(2) + " " + ENTRY, asked.get());
    }

    @Test
    void ctrlCCopiesTheSelectedTypeRowsWithPlainNumbers(FxRobot robot) throws Exception {
        UserSteps.compareAll(robot, explorer);
        TableView<TypeGrowth> types = table(robot, "#growth-types");
        TypeGrowth first = types.getItems().get(0);
        robot.clickOn(robot.lookup("#growth-types .table-row-cell").nth(0).queryAs(Node.class))
                .press(KeyCode.SHORTCUT, KeyCode.C).release(KeyCode.C, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        String expected = ENTRY + "\t" + first.count(0) + "\t" + first.count(1) + "\t" + first.count(2) + "\t40000\t"
                + first.bytesDelta() + System.lineSeparator();
        assertEquals(expected, copied);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    /** The text a table shows in a row's cell of the named column, as the user reads it. */
    private static String cellText(FxRobot robot, String table, int row, String column) {
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        int index = -1;
        for (int c = 0; c < view.getVisibleLeafColumns().size(); c++) {
            if (view.getVisibleLeafColumns().get(c).getText().equals(column)) {
                index = c;
            }
        }
        assertTrue(index >= 0, "no column " + column);
        int at = index;
        return robot.lookup(table + " .table-row-cell").<javafx.scene.control.TableRow<?>>match(r ->
                        ((javafx.scene.control.TableRow<?>) r).getIndex() == row).queryAll().stream()
                .map(r -> ((javafx.scene.control.TableRow<?>) r).getChildrenUnmodifiable().get(at))
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText())
                .findFirst().orElseThrow();
    }
}
