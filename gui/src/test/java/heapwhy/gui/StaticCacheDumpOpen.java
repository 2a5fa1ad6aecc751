package heapwhy.gui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * For tests of one view: the explorer window, headless, with the static-cache leak's last dump open before
 * each test (indexed once per test class) and every index closed after it. TestFX looks for the
 * {@code @Start} method in the test class itself only, so each subclass has one that calls {@link #show}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class StaticCacheDumpOpen {
    @TempDir
    static Path home;

    protected Explorer explorer;

    protected void show(Stage stage) {
        explorer = UserSteps.showExplorer(stage, home);
    }

    @BeforeEach
    protected void openTheDump() throws Exception {
        GuiSteps.openAndWait(explorer, GuiSteps.staticCacheDump());
    }

    @AfterEach
    protected void closeTheDumps() throws Exception {
        UserSteps.closeAll(explorer);
    }
}
