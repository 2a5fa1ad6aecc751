package heapwhy.gui;

import heapwhy.paths.PathGraphs;
import heapwhy.render.PathGraph;
import heapwhy.render.PathGraphRenderer;
import heapwhy.render.PathGraphRenderer.Format;
import heapwhy.render.RenderException;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The paths the Paths view shows, drawn by Graphviz as {@code heapwhy backrefs --format png} draws them: GC
 * roots, the objects on the way and the targets as boxes, the steps as arrows. Zoomable from 25 % to 400 %
 * (buttons, slider, Ctrl+wheel, Fit) and saved as PNG or SVG, drawn again in that format so that an SVG stays
 * sharp. Without Graphviz the view says so in one line.
 */
final class GraphView implements DumpView {
    /** Draws a picture into a file: Graphviz's dot, or in tests a stand-in. */
    @FunctionalInterface
    interface Drawing {
        void draw(PathGraph graph, Format format, Path file) throws RenderException;
    }

    /** What a drawing job gives back: the picture, or why there is none. */
    private record Picture(PathGraph graph, Image image, String problem) {
    }

    private static final String NOTHING_YET = "No paths to draw yet: show what keeps a class or an object alive "
            + "in the Paths tab.";

    private final Background background;
    private final Drawing drawing;
    private final ImageView image = new ImageView();
    private final ScrollPane scroll;
    private final Slider zoom = new Slider(Zoom.MIN, Zoom.MAX, 100);
    private final Label message = new Label(NOTHING_YET);
    private final Label saved = new Label();
    private final VBox box;
    private PathGraph graph;
    /** Numbers the drawings, so that a picture of paths no longer shown is dropped. */
    private int drawings;

    GraphView(Navigator navigator) {
        this(navigator, new PathGraphRenderer()::render);
    }

    GraphView(Navigator navigator, Drawing drawing) {
        this.background = navigator.explorer().background();
        this.drawing = drawing;
        image.setId("graph-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> image.getImage() == null ? 0 : image.getImage().getWidth() * zoom.getValue() / 100,
                image.imageProperty(), zoom.valueProperty()));
        // a StackPane made to fill the viewport centres a small picture; a large one makes it larger and scroll
        StackPane holder = new StackPane(image);
        scroll = new ScrollPane(holder);
        scroll.setId("graph-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if ((e.isControlDown() || e.isShortcutDown()) && e.getDeltaY() != 0) {
                zoom.setValue(e.getDeltaY() > 0 ? Zoom.larger(zoom.getValue()) : Zoom.smaller(zoom.getValue()));
                e.consume();
            }
        });
        scroll.visibleProperty().bind(image.imageProperty().isNotNull());
        message.setId("graph-message");
        message.setWrapText(true);
        message.visibleProperty().bind(image.imageProperty().isNull());
        StackPane view = new StackPane(scroll, message);
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        box = Explorer.padded(toolbar(), view);
        VBox.setVgrow(view, Priority.ALWAYS);
        navigator.pathsShown().addListener((o, was, now) -> draw(now));
    }

    private HBox toolbar() {
        zoom.setId("graph-zoom");
        zoom.setPrefWidth(220);
        Button smaller = button("−", "graph-smaller", () -> zoom.setValue(Zoom.smaller(zoom.getValue())));
        Button larger = button("+", "graph-larger", () -> zoom.setValue(Zoom.larger(zoom.getValue())));
        Button actual = button("100 %", "graph-actual", () -> zoom.setValue(100));
        Button fit = button("Fit", "graph-fit", this::fit);
        Button save = button("Save as…", "graph-save", this::chooseAndSave);
        Label percent = new Label();
        percent.setId("graph-percent");
        percent.setMinWidth(50);
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.0f %%", zoom.getValue()), zoom.valueProperty()));
        saved.setId("graph-saved");
        HBox bar = new HBox(8, smaller, zoom, larger, percent, actual, fit, save, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node control : bar.getChildren()) {
            if (control != saved) {
                control.disableProperty().bind(image.imageProperty().isNull());
            }
        }
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public String title() {
        return "Graph";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        // nothing of its own: it draws the Paths view's paths, which that view forgets when the dump changes
    }

    /**
     * Saves the picture of the paths shown to a file, drawn again in the format its name ends with (.png or
     * .svg); says in the view when it is saved or why not.
     */
    void export(Path file) {
        PathGraph shown = graph;
        Format format = Format.ofFileName(file.getFileName().toString());
        if (shown == null) {
            saved.setText("Nothing to save yet.");
            return;
        }
        if (format == null) {
            saved.setText("Save as .png or .svg, not " + file.getFileName());
            return;
        }
        saved.setText("");
        background.run("Saving " + file.getFileName(), progress -> {
            try {
                drawing.draw(shown, format, file);
                return "Saved " + file;
            } catch (RenderException e) {
                return e.getMessage();
            }
        }, saved::setText);
    }

    /** The picture shown, null while there is none. */
    Image picture() {
        return image.getImage();
    }

    private void draw(PathsShown shown) {
        int number = ++drawings;
        graph = null;
        image.setImage(null);
        saved.setText("");
        if (shown == null) {
            message.setText(NOTHING_YET);
            return;
        }
        message.setText("Drawing what keeps " + shown.what() + " alive…");
        background.run("Drawing the paths to " + shown.what(), progress -> picture(shown), picture -> {
            if (number == drawings) {
                showPicture(picture);
            }
        });
    }

    /** Draws a PNG into a temporary file and reads it back; off the FX thread (dot takes a second or more). */
    private Picture picture(PathsShown shown) {
        PathGraph drawn = PathGraphs.of(shown.result());
        if (drawn.nodes().isEmpty()) {
            return new Picture(drawn, null, "Nothing to draw: no path from a GC root to " + shown.what() + ".");
        }
        Path png = null;
        try {
            png = Files.createTempFile("heapwhy-paths", ".png");
            drawing.draw(drawn, Format.PNG, png);
            Image read;
            try (InputStream in = Files.newInputStream(png)) {
                read = new Image(in);
            }
            if (read.isError() || read.getWidth() <= 0) {
                return new Picture(drawn, null, "Graphviz's picture could not be read.");
            }
            return new Picture(drawn, read, null);
        } catch (RenderException e) {
            return new Picture(drawn, null, e.getMessage());
        } catch (IOException e) {
            return new Picture(drawn, null, "Could not draw the picture: " + e.getMessage());
        } finally {
            if (png != null) {
                png.toFile().delete();
            }
        }
    }

    private void showPicture(Picture picture) {
        graph = picture.graph();
        if (picture.image() == null) {
            message.setText(picture.problem());
            return;
        }
        image.setImage(picture.image());
        // a new picture comes whole if it is larger than the view, at its own size if not
        zoom.setValue(Math.min(100, fitLevel()));
    }

    private void fit() {
        zoom.setValue(fitLevel());
    }

    private double fitLevel() {
        Image shown = image.getImage();
        return shown == null ? 100 : Zoom.fit(scroll.getViewportBounds().getWidth(),
                scroll.getViewportBounds().getHeight(), shown.getWidth(), shown.getHeight());
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the picture");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG picture (*.png)", "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg");
        chooser.getExtensionFilters().addAll(png, svg);
        chooser.setInitialFileName("heapwhy-backrefs.png");
        File file = chooser.showSaveDialog(box.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        if (Format.ofFileName(path.getFileName().toString()) == null) {
            // some dialogs leave the ending of the chosen filter to the program
            path = path.resolveSibling(path.getFileName() + (chooser.getSelectedExtensionFilter() == svg ? ".svg" : ".png"));
        }
        export(path);
    }
}
