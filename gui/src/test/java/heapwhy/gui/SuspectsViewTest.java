package heapwhy.gui;

import heapwhy.suspects.Suspect;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Suspects view on the static-cache dump, driven like a user, headless. */
class SuspectsViewTest extends StaticCacheDumpOpen {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Suspect> table(FxRobot robot) {
        return robot.lookup("#suspects").queryAs(TableView.class);
    }

    private static String report(FxRobot robot) throws Exception {
        return GuiSteps.onFx(() -> robot.lookup("#suspects-text").queryAs(TextArea.class).getText());
    }

    private void waitForReport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !report(robot).isEmpty());
        UserSteps.idle(explorer);
    }

    @Test
    void theFirstLookFindsTheCacheByItsStaticAndWhatPilesUpInItAsTheCommandLineSaysIt(FxRobot robot) throws Exception {
        robot.clickOn("Suspects");
        waitForReport(robot);
        assertTrue(report(robot).startsWith("Leak suspects: the objects that alone keep 10 % or more of the reachable"
                + " heap"), report(robot));
        assertTrue(report(robot).contains("    60,000 × heapwhy.testdumps.scenarios.MyCache$Entry ("), report(robot));
        TableView<Suspect> table = table(robot);
        Suspect first = GuiSteps.onFx(() -> table.getItems().get(0));
        assertEquals("java.util.HashMap$Node[]", explorer.dumps().get(0).index().describe(first.accumulation()));
        assertEquals(GuiSteps.onFx(() -> table.getSelectionModel().getSelectedItem()), first, "the first is selected");
        String suspect = GuiSteps.onFx(() -> (String) table.getColumns().get(0).getCellData(0));
        assertEquals("java.util.HashMap held by static MyCache.ENTRIES", suspect);
        String piles = GuiSteps.onFx(() -> (String) table.getColumns().get(4).getCellData(0));
        assertEquals("60,000 × heapwhy.testdumps.scenarios.MyCache$Entry", piles);
        assertEquals("1 suspect.", GuiSteps.label(robot, "#suspects-header"));

        robot.clickOn("#suspects-inspect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> GuiSteps.label(robot, "#inspector-header").startsWith("java.util.HashMap$Node[]  0x"));
        robot.clickOn("Suspects");
        robot.clickOn("#suspects-paths");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> GuiSteps.label(robot, "#paths-header").startsWith("What keeps java.util.HashMap$Node[] 0x"));
    }

    @Test
    void aHigherThresholdFindsNothingAndOneThatIsNoShareIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("Suspects");
        waitForReport(robot);
        TextField threshold = robot.lookup("#suspects-threshold").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(threshold::clear).get();
        robot.clickOn(threshold).write("99");
        robot.clickOn("#suspects-find");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> report(robot).startsWith("No object and no class keeps 99 %"));
        assertTrue(GuiSteps.onFx(() -> table(robot).getItems().isEmpty()));

        WaitForAsyncUtils.asyncFx(threshold::clear).get();
        robot.clickOn(threshold).write("ten");
        robot.clickOn("#suspects-find");
        assertEquals("The threshold is a share of the heap above 0 and at most 100, not \"ten\".",
                GuiSteps.label(robot, "#suspects-header"));
    }
}
