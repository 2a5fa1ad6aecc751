package heapwhy.gui;

import javafx.geometry.Pos;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import java.util.function.Function;
import java.util.function.LongFunction;

/** What the explorer's tables share: numbers right-aligned in people's units, Ctrl+C copying rows. */
final class Tables {
    private Tables() {
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

    /** Multiple selection, and Ctrl+C puts the selected rows on the clipboard, one line each. */
    static <S> void copyRows(TableView<S> table, Function<S, String> line) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyReleased(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                StringBuilder text = new StringBuilder();
                for (S row : table.getSelectionModel().getSelectedItems()) {
                    text.append(line.apply(row)).append(System.lineSeparator());
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(text.toString());
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
    }
}
