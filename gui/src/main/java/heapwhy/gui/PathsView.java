package heapwhy.gui;

import heapwhy.paths.Backrefs;
import heapwhy.paths.BackrefsQuery;
import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathTree;
import heapwhy.report.paths.BackrefsText;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;

/**
 * What keeps a class's instances or one object alive, as {@code heapwhy backrefs} tells it: the shortest path
 * from a GC root to each target, merged by the shape of their steps into a tree under the roots. Other views
 * ask for it through the navigator; one can also type a class name. Ctrl+C copies the whole tree as text. The paths shown
 * are published on the navigator for the Graph view.
 */
final class PathsView implements DumpView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** A question put to the dump, kept so that switching weak references on or off can ask it again. */
    private record Question(OpenedDump dump, BackrefsQuery query, String what) {
    }

    /** The background job's answer: the paths, or why there are none. */
    private record Answer(BackrefsResult result, String problem) {
    }

    private final Navigator navigator;
    private final TextField className = new TextField();
    private final CheckBox includeWeak = new CheckBox("include weak references");
    private final Label header = new Label();
    private final Label footer = new Label();
    private final TreeView<PathTree> tree = new TreeView<>();
    private final VBox box;
    private OpenedDump dump;
    private Question asked;
    /** Numbers the questions, so that an answer that comes after a newer question (or another dump) is dropped. */
    private int questions;

    PathsView(Navigator navigator) {
        this.navigator = navigator;
        className.setId("paths-class");
        className.setPromptText("Class name, e.g. java.util.HashMap or MyCache$Entry");
        className.setOnAction(e -> askTyped());
        Button show = new Button("Show paths");
        show.setId("paths-show");
        show.setOnAction(e -> askTyped());
        includeWeak.setId("paths-weak");
        includeWeak.selectedProperty().addListener((o, was, now) -> {
            if (asked != null) {
                ask(asked);
            }
        });
        header.setId("paths-header");
        header.setWrapText(true);
        footer.setId("paths-footer");
        footer.setWrapText(true);
        tree.setId("paths-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new PathCell());
        tree.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            }
        });
        Button inspect = new Button("Inspect");
        inspect.setId("paths-inspect");
        inspect.setOnAction(e -> inspectSelected());
        inspect.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selectedNode() < 0, tree.getSelectionModel().selectedItemProperty()));
        HBox.setHgrow(className, Priority.ALWAYS);
        HBox top = new HBox(8, className, show, includeWeak, inspect);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = Explorer.padded(top, header, tree, footer);
        VBox.setVgrow(tree, Priority.ALWAYS);
        navigator.onPathsToClass((d, name) -> {
            className.setText(name);
            ask(new Question(d, BackrefsQuery.ofClass(name), name));
        });
        navigator.onPathsToObject((d, node) -> ask(new Question(d, BackrefsQuery.ofNode(node),
                BackrefsText.target(d.index(), BackrefsQuery.ofNode(node)))));
        clear();
    }

    @Override
    public String title() {
        return "Paths";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        if (dump != this.dump) {
            this.dump = dump;
            clear();
        }
    }

    /** Forgets the paths shown (and any answer still to come): they belong to another dump. */
    private void clear() {
        questions++;
        asked = null;
        tree.setRoot(null);
        footer.setText("");
        header.setText(dump == null ? "No dump open."
                : "What keeps objects alive: choose a class in the Histogram and \"Paths to GC roots\", "
                + "or type a class name above.");
        navigator.pathsShown().set(null);
    }

    /** The whole tree as text, as Ctrl+C copies it; empty when nothing is shown. */
    String text() {
        PathsShown shown = navigator.pathsShown().get();
        return shown == null ? "" : PathLines.text(shown.dump().index(), shown.result(), shown.what());
    }

    private void askTyped() {
        if (dump == null) {
            return;
        }
        ClassLookup.Found found = ClassLookup.find(dump.index().classes(), className.getText());
        if (found.problem() != null) {
            header.setText(found.problem());
            return;
        }
        className.setText(found.className());
        ask(new Question(dump, BackrefsQuery.ofClass(found.className()), found.className()));
    }

    private void ask(Question question) {
        navigator.explorer().showTab(title());
        asked = question;
        int number = ++questions;
        BackrefsQuery query = question.query().withIncludeWeak(includeWeak.isSelected());
        tree.setRoot(null);
        footer.setText("");
        header.setText("Finding what keeps " + question.what() + " alive…");
        navigator.pathsShown().set(null);
        navigator.explorer().background().run("Paths to " + question.what(), progress -> {
            try {
                return new Answer(Backrefs.run(question.dump().index(), query), null);
            } catch (IOException e) {
                return new Answer(null, "Cannot read objects from the dump: " + e.getMessage());
            }
        }, answer -> {
            if (number == questions) {
                showAnswer(question, answer);
            }
        });
    }

    private void showAnswer(Question question, Answer answer) {
        if (answer.problem() != null) {
            header.setText(answer.problem());
            return;
        }
        tree.setRoot(PathTreeItems.of(answer.result()));
        header.setText(PathLines.header(answer.result(), question.what()));
        footer.setText(PathLines.footer(question.dump().index(), answer.result()));
        navigator.pathsShown().set(new PathsShown(question.dump(), question.what(), answer.result()));
    }

    /** The object of the selected line, or -1 (nothing selected, or a line that stands for several objects). */
    private int selectedNode() {
        javafx.scene.control.TreeItem<PathTree> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null || item.getValue().kind() == PathTree.Kind.MORE ? -1
                : item.getValue().node();
    }

    private void inspectSelected() {
        PathsShown shown = navigator.pathsShown().get();
        int node = selectedNode();
        if (shown != null && node >= 0) {
            navigator.inspect(shown.dump(), node);
        }
    }

    private void copy() {
        String text = text();
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** One line per node; the targets in bold, since they are what was asked about. */
    private static final class PathCell extends TreeCell<PathTree> {
        @Override
        protected void updateItem(PathTree t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : PathLines.line(t));
            setStyle(!empty && t != null && t.kind() == PathTree.Kind.TARGET ? "-fx-font-weight: bold;" : "");
        }
    }
}
