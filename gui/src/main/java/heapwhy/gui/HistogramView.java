package heapwhy.gui;

import heapwhy.graph.HeapClass;
import heapwhy.util.Sizes;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The classes of the current dump: objects, shallow and retained bytes, sortable by any column and filtered as
 * one types (a part of the class name, any case). Enter or "Paths" on a class shows what keeps its instances
 * alive; Ctrl+C copies the selected rows.
 */
final class HistogramView implements DumpView {
    private final Navigator navigator;
    private final TableView<HeapClass> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label totals = new Label();
    private final VBox box;
    private FilteredList<HeapClass> filtered;
    private OpenedDump dump;

    HistogramView(Navigator navigator) {
        this.navigator = navigator;
        table.setId("histogram");
        filter.setId("histogram-filter");
        filter.setPromptText("Filter classes (part of the name)");
        TableColumn<HeapClass, String> name = new TableColumn<>("Class");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        name.setPrefWidth(520);
        table.getColumns().add(name);
        table.getColumns().add(Tables.numberColumn("Objects", HeapClass::count, Sizes::grouped, 120));
        table.getColumns().add(Tables.numberColumn("Shallow", HeapClass::shallowBytes, Sizes::human, 120));
        TableColumn<HeapClass, Long> retained = Tables.numberColumn("Retained", HeapClass::retainedBytes,
                Sizes::human, 120);
        table.getColumns().add(retained);
        retained.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(retained);
        table.setPlaceholder(new Label("No dump open."));
        Tables.copyRows(table, c -> c.displayName() + "\t" + c.count() + "\t" + c.shallowBytes() + "\t" + c.retainedBytes());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                showPaths();
            }
        });
        filter.textProperty().addListener((o, was, now) -> applyFilter(now));
        Button paths = new Button("Paths to GC roots");
        paths.setId("histogram-paths");
        paths.setOnAction(e -> showPaths());
        paths.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox.setHgrow(filter, Priority.ALWAYS);
        box = Explorer.padded(new HBox(8, filter, paths), table, totals);
        VBox.setVgrow(table, Priority.ALWAYS);
    }


    @Override
    public String title() {
        return "Histogram";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        this.dump = dump;
        if (dump == null) {
            table.setItems(FXCollections.observableArrayList());
            totals.setText("");
            return;
        }
        filtered = new FilteredList<>(FXCollections.observableArrayList(
                dump.index().classes().stream().filter(c -> c.count() > 0).toList()));
        SortedList<HeapClass> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.sort();
        applyFilter(filter.getText());
    }

    private void applyFilter(String text) {
        if (filtered == null) {
            return;
        }
        String part = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        filtered.setPredicate(c -> part.isEmpty() || c.displayName().toLowerCase(Locale.ROOT).contains(part));
        long objects = 0;
        long shallow = 0;
        for (HeapClass c : filtered) {
            objects += c.count();
            shallow += c.shallowBytes();
        }
        totals.setText(Sizes.grouped(filtered.size()) + " classes, " + Sizes.grouped(objects) + " objects, "
                + Sizes.human(shallow) + " shallow");
    }

    private void showPaths() {
        HeapClass selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && dump != null) {
            navigator.pathsToClass(dump, selected.name());
        }
    }
}
