package heapwhy.gui;

import heapwhy.inspect.FieldValue;
import heapwhy.inspect.Reference;
import heapwhy.util.Sizes;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * The inspector's tables: an object's fields, and the references from it or to it. A row that leads to an
 * object is followed by a double-click or Enter; Ctrl+C copies rows.
 */
final class InspectorTables {
    private InspectorTables() {
    }

    static TableView<FieldValue> fields(String id, IntConsumer follow) {
        TableView<FieldValue> table = new TableView<>();
        table.setId(id);
        table.getColumns().add(Tables.textColumn("Field", FieldValue::name, 200));
        table.getColumns().add(Tables.textColumn("Type", FieldValue::type, 140));
        table.getColumns().add(Tables.textColumn("Value", FieldValue::value, 560));
        Tables.copyRows(table, f -> f.name() + "\t" + f.type() + "\t" + f.value());
        following(table, FieldValue::node, follow);
        return table;
    }

    static TableView<Reference> references(String id, String labelTitle, IntConsumer follow) {
        TableView<Reference> table = new TableView<>();
        table.setId(id);
        table.getColumns().add(Tables.textColumn(labelTitle, Reference::label, 200));
        table.getColumns().add(Tables.textColumn("Object", Reference::what, 520));
        table.getColumns().add(Tables.numberColumn("Retained", Reference::retainedBytes, Sizes::human, 110));
        Tables.copyRows(table, r -> r.label() + "\t" + r.what() + "\t" + r.retainedBytes());
        following(table, Reference::node, follow);
        return table;
    }


    /** Double-click or Enter on a row that leads to an object goes there. */
    private static <S> void following(TableView<S> table, ToIntFunction<S> node, IntConsumer follow) {
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && node.applyAsInt(row.getItem()) >= 0) {
                    follow.accept(node.applyAsInt(row.getItem()));
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            S selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null && node.applyAsInt(selected) >= 0) {
                follow.accept(node.applyAsInt(selected));
                e.consume();
            }
        });
    }
}
