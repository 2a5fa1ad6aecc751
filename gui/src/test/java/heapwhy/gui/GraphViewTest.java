package heapwhy.gui;

import heapwhy.render.PathGraphRenderer;
import heapwhy.render.RenderException;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Graph view on the static-cache dump, headless, with Graphviz's dot (installed here and in CI). */
class GraphViewTest extends StaticCacheDumpOpen {
    private static final String ENTRY = "heapwhy.testdumps.scenarios.MyCache$Entry";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static ImageView pictureShown(FxRobot robot) throws Exception {
        ImageView image = robot.lookup("#graph-image").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> GuiSteps.onFx(() -> image.getImage() != null));
        WaitForAsyncUtils.waitForFxEvents();
        return image;
    }

    private static double shownWidth(ImageView image) throws Exception {
        return GuiSteps.onFx(() -> image.getBoundsInParent().getWidth());
    }

    /** A Paths and a Graph view of their own, on a navigator of their own, asked for the MyCache entries. */
    private GraphView graphOfEntries(GraphView.Drawing drawing) throws Exception {
        Navigator navigator = new Navigator(explorer);
        GraphView graph = GuiSteps.onFx(() -> {
            new PathsView(navigator).show(explorer.dumps().get(0));
            return new GraphView(navigator, drawing);
        });
        WaitForAsyncUtils.asyncFx(() -> navigator.pathsToClass(explorer.dumps().get(0), ENTRY)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> GuiSteps.onFx(() -> navigator.pathsShown().get() != null));
        return graph;
    }

    private static ScrollEvent wheel(double deltaY, boolean control) {
        return new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100, false, control, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void theGraphTabDrawsThePathsAskedForInTheHistogram(FxRobot robot) throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        robot.clickOn("Graph");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Graph", GuiSteps.onFx(() -> tabs.getSelectionModel().getSelectedItem().getText()));
        ImageView image = pictureShown(robot);
        assertTrue(GuiSteps.onFx(() -> image.getImage().getWidth()) > 0);
        assertTrue(shownWidth(image) > 0);
        assertFalse(GuiSteps.onFx(() -> robot.lookup("#graph-message").query().isVisible()));
    }

    @Test
    void zoomGoesBy25PercentStepsFrom25To400AndCtrlWheelZoomsToo(FxRobot robot) throws Exception {
        GuiSteps.pathsToMyCacheEntries(robot);
        robot.clickOn("Graph");
        ImageView image = pictureShown(robot);
        double width = GuiSteps.onFx(() -> image.getImage().getWidth());
        Slider zoom = robot.lookup("#graph-zoom").queryAs(Slider.class);

        robot.clickOn("#graph-actual");
        assertEquals(width, shownWidth(image), 0.5);
        robot.clickOn("#graph-larger");
        assertEquals(125, GuiSteps.onFx(zoom::getValue), 1e-9);
        assertEquals(width * 1.25, shownWidth(image), 0.5);

        // the wheel turned away from oneself (positive delta) with Ctrl zooms in, toward oneself out; without
        // Ctrl it scrolls. Fired here, since the headless robot's wheel direction is the opposite of a real one's.
        Node scroll = robot.lookup("#graph-scroll").query();
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(scroll, wheel(40, true))).get();
        assertEquals(125 * 1.25, GuiSteps.onFx(zoom::getValue), 1e-9);
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(scroll, wheel(-40, true))).get();
        assertEquals(125, GuiSteps.onFx(zoom::getValue), 1e-9);
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(scroll, wheel(40, false))).get();
        assertEquals(125, GuiSteps.onFx(zoom::getValue), 1e-9);

        for (int i = 0; i < 20; i++) {
            robot.clickOn("#graph-larger");
        }
        assertEquals(400, GuiSteps.onFx(zoom::getValue), 1e-9);
        assertEquals(width * 4, shownWidth(image), 0.5);
        // four times larger than the window: it scrolls
        assertTrue(GuiSteps.onFx(() -> robot.lookup("#graph-scroll .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())));

        // Fit: the whole picture in the window as far as 25 % allows (this one is 7,880 pixels wide)
        ScrollPane pane = robot.lookup("#graph-scroll").queryAs(ScrollPane.class);
        double fitted = GuiSteps.onFx(() -> Zoom.fit(pane.getViewportBounds().getWidth(),
                pane.getViewportBounds().getHeight(), width, image.getImage().getHeight()));
        robot.clickOn("#graph-fit");
        assertEquals(fitted, GuiSteps.onFx(zoom::getValue), 1e-9);

        for (int i = 0; i < 20; i++) {
            robot.clickOn("#graph-smaller");
        }
        assertEquals(25, GuiSteps.onFx(zoom::getValue), 1e-9);
        assertEquals(width / 4, shownWidth(image), 0.5);
    }

    @Test
    void savingAsSvgWritesADrawingThatNamesTheCache() throws Exception {
        GraphView graph = graphOfEntries(new PathGraphRenderer()::render);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> GuiSteps.onFx(() -> graph.picture() != null));
        Path svg = home.resolve("paths.svg");
        Files.deleteIfExists(svg);
        WaitForAsyncUtils.asyncFx(() -> graph.export(svg)).get();
        Label saved = (Label) graph.node().lookup("#graph-saved");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> GuiSteps.onFx(() -> saved.getText().equals("Saved " + svg)));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("MyCache"));
    }

    @Test
    void withoutGraphvizTheViewSaysSoInOneLineInsteadOfAPicture() throws Exception {
        String missing = "Graphviz's dot command was not found on the PATH; install Graphviz: apt-get install graphviz";
        GraphView graph = graphOfEntries((g, format, file) -> {
            throw new RenderException(missing);
        });
        Label message = (Label) graph.node().lookup("#graph-message");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> GuiSteps.onFx(() -> message.getText().equals(missing)));
        assertNull(GuiSteps.onFx(graph::picture));
        assertTrue(GuiSteps.onFx(message::isVisible));
    }
}
