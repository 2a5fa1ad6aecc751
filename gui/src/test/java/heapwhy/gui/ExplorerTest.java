package heapwhy.gui;

import heapwhy.graph.HeapClass;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer driven like a user on a real scenario dump, headless. */
@ExtendWith(ApplicationExtension.class)
class ExplorerTest {
    @TempDir
    static Path home;

    private Explorer explorer;

    @Start
    void start(Stage stage) {
        explorer = UserSteps.showExplorer(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        UserSteps.closeAll(explorer);
    }

    private void openAndWait(Path dump, int expectedDumps) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> explorer.open(dump)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> explorer.dumps().size() == expectedDumps);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingADumpShowsItsSummaryAndHistogramWhereMyCacheIsFoundByFilter(FxRobot robot) throws Exception {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2);
        openAndWait(dump, 1);
        TextArea summary = robot.lookup("#summary").queryAs(TextArea.class);
        assertTrue(summary.getText().startsWith("Dump: " + dump), summary.getText());

        robot.clickOn("Histogram");
        robot.clickOn("#histogram-filter").write("MyCache");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<HeapClass> table = robot.lookup("#histogram").queryAs(TableView.class);
        // the class MyCache itself has no instances, so only its entries are listed
        List<String> names = table.getItems().stream().map(HeapClass::name).toList();
        assertEquals(List.of("heapwhy.testdumps.scenarios.MyCache$Entry"), names);
        assertEquals(60_000, table.getItems().get(0).count());
    }

    @Test
    void ctrlAndADigitSwitchesToThatTab(FxRobot robot) throws Exception {
        openAndWait(ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(2), 1);
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Histogram", tabs.getSelectionModel().getSelectedItem().getText());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Summary", tabs.getSelectionModel().getSelectedItem().getText());
    }

    @Test
    void aFileThatIsNotADumpGivesOneLineInTheStatusBarAndNothingOpens(FxRobot robot) throws Exception {
        Path notADump = home.resolve("notes.hprof");
        java.nio.file.Files.writeString(notADump, "these are notes, not a heap dump");
        WaitForAsyncUtils.asyncFx(() -> explorer.open(notADump)).get();
        Label error = robot.lookup("#error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertTrue(error.getText().startsWith("Opening notes.hprof: "), error.getText());
        assertTrue(error.getText().contains("at byte 0"), error.getText());
        assertFalse(error.getText().contains("\n"), error.getText());
        assertEquals(0, explorer.dumps().size());
    }
}
