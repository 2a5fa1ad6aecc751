package heapwhy.gui;

import javafx.application.Application;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the explorer: {@code heapwhy gui [DUMP…]}. A class of its own, not the Application, so that JavaFX
 * starts from a plain class path (the CLI's jar).
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void main(String[] args) {
        // JavaFX warns once that it was loaded from the class path, which is how heapwhy ships it
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        Application.launch(HeapwhyApp.class, args);
    }
}
