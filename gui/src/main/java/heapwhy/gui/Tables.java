package heapwhy.gui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** What the explorer's tables share: numbers right-aligned in people's units, Ctrl+C copying rows. */
public final class Tables {
    private Tables() {
    }

    /** A column of text, {@code width} wide. */
    public static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A column of numbers written as {@code text} says, right-aligned and sorted by the number. */
    public static <S> TableColumn<S, Long> numberColumn(String title, ToLongFunction<S> value, LongFunction<String> text,
                                                 double width) {
        TableColumn<S, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
        column.setCellFactory(c -> rightAligned(text));
        column.setPrefWidth(width);
        return column;
    }

    /** A cell that shows a number as {@code text} says, right-aligned (sorting stays by the number). */
    static <S> TableCell<S, Long> rightAligned(LongFunction<String> text) {
        TableCell<S, Long> cell = new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    /** The same for a tree table: a number as {@code text} says, right-aligned; a null value shows nothing. */
    public static <S> TreeTableCell<S, Long> rightAlignedInTree(LongFunction<String> text) {
        TreeTableCell<S, Long> cell = new TreeTableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    /** Multiple selection, and Ctrl+C puts the selected rows on the clipboard, one line each. */
    public static <S> void copyRows(TableView<S> table, Function<S, String> line) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        copyOnShortcutC(table, () -> table.getSelectionModel().getSelectedItems(), line);
    }

    /** The same for a tree table; rows whose line is null (e.g. a placeholder) are left out. */
    public static <S> void copyTreeRows(TreeTableView<S> tree, Function<S, String> line) {
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        copyOnShortcutC(tree, () -> tree.getSelectionModel().getSelectedItems().stream().map(TreeItem::getValue)
                .toList(), line);
    }

    private static <S> void copyOnShortcutC(Control control, Supplier<List<S>> selected, Function<S, String> line) {
        control.setOnKeyReleased(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                StringBuilder text = new StringBuilder();
                for (S row : selected.get()) {
                    String l = row == null ? null : line.apply(row);
                    if (l != null) {
                        text.append(l).append(System.lineSeparator());
                    }
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(text.toString());
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
    }
}
