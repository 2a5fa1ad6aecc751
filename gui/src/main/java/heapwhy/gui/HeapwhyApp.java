package heapwhy.gui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application: one explorer window, opening the dumps named on the command line. */
public final class HeapwhyApp extends Application {
    @Override
    public void start(Stage stage) {
        Explorer explorer = new Explorer(stage, GuiSettings.fromSystem());
        stage.show();
        for (String arg : getParameters().getRaw()) {
            explorer.open(Path.of(arg));
        }
    }
}
