package heapwhy.gui.dominators;

import heapwhy.graph.HeapIndex;
import heapwhy.gui.DominatorLines;
import heapwhy.gui.DumpView;
import heapwhy.gui.Explorer;
import heapwhy.gui.Navigator;
import heapwhy.gui.OpenedDump;
import heapwhy.gui.Tables;
import heapwhy.util.Sizes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What keeps what alive, as {@code heapwhy dominators} tells it: each object under the one whose removal would
 * free it, largest retained size first. An object's children are fetched in the background when it is first
 * opened, a hundred shown at a time; double-click or Enter on the "… more" line shows the next hundred. The top
 * level is fetched only once the tab is in front: on a big dump it is millions of objects to sort.
 */
public final class DominatorView implements DumpView {
    private final Navigator navigator;
    private final TreeTableView<DominatorRow> tree = new TreeTableView<>();
    private final Label header = new Label();
    private final Label placeholder = new Label();
    private final VBox box;
    private OpenedDump dump;
    private boolean inFront;
    /** Numbers the dumps shown, so that children fetched for an earlier one are dropped when they come late. */
    private int shownDumps;

    public DominatorView(Navigator navigator) {
        this.navigator = navigator;
        tree.setId("dominators");
        tree.setShowRoot(false);
        tree.setPlaceholder(placeholder);
        tree.getColumns().add(objectColumn());
        tree.getColumns().add(number("Retained", DominatorRow::retained, Sizes::human));
        tree.getColumns().add(percentColumn());
        tree.getColumns().add(number("Shallow", DominatorRow::shallow, Sizes::human));
        tree.setRowFactory(t -> new Row());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Enter on an object keeps the table's own meaning; on the "more" line it shows more
            if (e.getCode() == KeyCode.ENTER && showMore(tree.getSelectionModel().getSelectedItem())) {
                e.consume();
            }
        });
        Tables.copyTreeRows(tree, DominatorRow::copyLine);
        header.setId("dominators-header");
        header.setWrapText(true);

        BooleanBinding noObject = Bindings.createBooleanBinding(() -> selectedNode().isEmpty(),
                tree.getSelectionModel().selectedItemProperty());
        Button inspect = new Button("Inspect");
        inspect.setId("dominators-inspect");
        inspect.disableProperty().bind(noObject);
        inspect.setOnAction(e -> selectedNode().ifPresent(node -> navigator.inspect(dump, node)));
        Button paths = new Button("Paths to GC roots");
        paths.setId("dominators-paths");
        paths.disableProperty().bind(noObject);
        paths.setOnAction(e -> selectedNode().ifPresent(node -> navigator.pathsToObject(dump, node)));

        HBox.setHgrow(header, Priority.ALWAYS);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, header, inspect, paths);
        top.setAlignment(Pos.CENTER_LEFT);
        box = Explorer.padded(top, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        show(null);
    }

    private static TreeTableColumn<DominatorRow, String> objectColumn() {
        TreeTableColumn<DominatorRow, String> column = new TreeTableColumn<>("Object");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().label()));
        column.setPrefWidth(620);
        column.setSortable(false);
        return column;
    }

    private static TreeTableColumn<DominatorRow, String> percentColumn() {
        TreeTableColumn<DominatorRow, String> column = new TreeTableColumn<>("% of heap");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue().isObject() ? c.getValue().getValue().percent() : null));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(90);
        column.setSortable(false);
        return column;
    }

    /** A column of sizes, empty on the lines that are no object (the "more" line says its size in words). */
    private static TreeTableColumn<DominatorRow, Long> number(String title, Function<DominatorRow, Long> value,
                                                             LongFunction<String> text) {
        TreeTableColumn<DominatorRow, Long> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue().isObject() ? value.apply(c.getValue().getValue()) : null));
        column.setCellFactory(c -> Tables.rightAlignedInTree(text));
        column.setPrefWidth(110);
        column.setSortable(false);
        return column;
    }

    @Override
    public String title() {
        return "Dominators";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        if (dump == this.dump && tree.getRoot() != null) {
            return;
        }
        this.dump = dump;
        int number = ++shownDumps;
        if (dump == null) {
            tree.setRoot(null);
            header.setText("No dump open.");
            placeholder.setText("No dump open.");
            return;
        }
        HeapIndex index = dump.index();
        header.setText(DominatorLines.header(index));
        placeholder.setText("No object is reachable.");
        tree.setRoot(new DominatorItem(index, DominatorRow.top(index),
                (node, answer) -> fetch(index, number, node, answer)));
        openTopIfInFront();
    }

    @Override
    public void front(boolean inFront) {
        this.inFront = inFront;
        openTopIfInFront();
    }

    private void openTopIfInFront() {
        if (inFront && tree.getRoot() != null) {
            tree.getRoot().setExpanded(true);
        }
    }

    /** Asks the engine for a node's children in the background; the answer counts only if the dump is still shown. */
    private void fetch(HeapIndex index, int number, int node, Consumer<DominatorItem.Children> answer) {
        String what = node == HeapIndex.ROOT ? "the GC roots" : DominatorLines.object(index, node);
        navigator.explorer().background().run("Objects kept alive by " + what, progress -> {
            int[] nodes = node == HeapIndex.ROOT ? index.dominatorTree().topLevel()
                    : index.dominatorTree().dominatedBy(node);
            long bytes = 0;
            for (int child : nodes) {
                bytes += index.retainedSize(child);
            }
            return new DominatorItem.Children(nodes, bytes);
        }, children -> {
            if (number == shownDumps) {
                answer.accept(children);
            }
        });
    }

    private OptionalInt selectedNode() {
        TreeItem<DominatorRow> item = tree.getSelectionModel().getSelectedItem();
        return item == null || !item.getValue().isObject() ? OptionalInt.empty() : OptionalInt.of(item.getValue().node());
    }

    /**
     * Shows the next page if the item is a "more" line, and selects the first object it brought, where the line
     * was, so that one reads on from there; says whether it was a "more" line.
     */
    private boolean showMore(TreeItem<DominatorRow> item) {
        if (item == null || item.getValue().kind() != DominatorRow.Kind.MORE
                || !(item.getParent() instanceof DominatorItem parent)) {
            return false;
        }
        int at = parent.getChildren().indexOf(item);
        parent.showMore();
        tree.getSelectionModel().clearAndSelect(tree.getRow(parent.getChildren().get(at)));
        return true;
    }

    /** A row: the lines that are no object in italics; a double-click on the "more" line shows more. */
    private final class Row extends TreeTableRow<DominatorRow> {
        Row() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    showMore(getTreeItem());
                }
            });
        }

        @Override
        protected void updateItem(DominatorRow row, boolean empty) {
            super.updateItem(row, empty);
            setStyle(empty || row == null || row.isObject() ? "" : "-fx-font-style: italic;");
        }
    }
}
