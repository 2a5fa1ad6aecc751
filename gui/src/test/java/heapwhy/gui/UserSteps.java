package heapwhy.gui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the GUI tests do as a user would, and the waiting that makes it deterministic headless. */
public final class UserSteps {
    private UserSteps() {
    }

    /** The explorer window shown on the stage, with its index and recent-files list in {@code home}. */
    public static Explorer showExplorer(javafx.stage.Stage stage, Path home) {
        Explorer explorer = new Explorer(stage, new GuiSettings(home.resolve("index"), home.resolve("recent.txt")));
        stage.show();
        return explorer;
    }

    /** Waits for the background jobs to end, then closes every dump's index. */
    public static void closeAll(Explorer explorer) throws Exception {
        idle(explorer);
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                explorer.closeAll();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }

    /** Opens the dumps one after the other, in this order, and waits until all are open. */
    public static void open(Explorer explorer, List<Path> dumps) throws Exception {
        int before = explorer.dumps().size();
        for (Path dump : dumps) {
            WaitForAsyncUtils.asyncFx(() -> explorer.open(dump)).get();
        }
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> explorer.dumps().size() == before + dumps.size());
        idle(explorer);
    }

    /** Waits until no background job runs and the FX thread has shown its results. */
    public static void idle(Explorer explorer) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !explorer.background().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On the Growth tab: ticks every dump's check box, presses Compare and waits for the result. */
    public static void compareAll(FxRobot robot, Explorer explorer) throws Exception {
        robot.clickOn("Growth");
        for (Node box : robot.lookup("#growth-dumps .check-box").queryAll()) {
            robot.clickOn(box);
        }
        robot.clickOn("#growth-compare");
        idle(explorer);
    }
}
