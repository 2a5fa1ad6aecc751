package heapwhy.gui.growth;

import heapwhy.growth.TypeGrowth;
import heapwhy.gui.Tables;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;

/**
 * The types that grew, as {@code heapwhy growth} lists them: one count column per dump (A, B, …), then what
 * was gained from the first dump to the last, most instances first. Sortable by any column; Ctrl+C copies the
 * selected rows with plain numbers, for a spreadsheet.
 */
final class GrowingTypesTable {
    private static final double NUMBER_WIDTH = 100;
    /** Room kept for a vertical scroll bar, so that no horizontal one is needed. */
    private static final double SCROLL_BAR = 20;
    private static final double MIN_NAME = 240;

    private final TableView<TypeGrowth> table = new TableView<>();

    GrowingTypesTable() {
        table.setId("growth-types");
        table.setPlaceholder(new Label("Check two or more dumps, oldest first, and press Compare."));
        Tables.copyRows(table, GrowingTypesTable::line);
    }

    TableView<TypeGrowth> table() {
        return table;
    }

    void show(GrowthComparison comparison) {
        int n = comparison.dumps().size();
        TableColumn<TypeGrowth, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type()));
        List<TableColumn<TypeGrowth, ?>> columns = new ArrayList<>();
        columns.add(type);
        for (int d = 0; d < n; d++) {
            int dump = d;
            columns.add(Tables.numberColumn("count(" + SeriesText.dumpLabel(d) + ")", t -> t.count(dump),
                    Sizes::grouped, NUMBER_WIDTH));
        }
        TableColumn<TypeGrowth, Long> count = Tables.numberColumn("+count", TypeGrowth::countDelta,
                Sizes::signedGrouped, NUMBER_WIDTH);
        count.setSortType(TableColumn.SortType.DESCENDING);
        columns.add(count);
        columns.add(Tables.numberColumn("+bytes", TypeGrowth::bytesDelta, Sizes::signedHuman, NUMBER_WIDTH));
        table.getColumns().setAll(columns);
        // the name takes what the numbers leave, so the growth, rightmost, stays in view
        double numbers = (columns.size() - 1) * NUMBER_WIDTH + SCROLL_BAR;
        type.prefWidthProperty().bind(Bindings.max(MIN_NAME, table.widthProperty().subtract(numbers)));
        table.setPlaceholder(new Label(nothingGrew(comparison)));
        SortedList<TypeGrowth> sorted = new SortedList<>(FXCollections.observableArrayList(comparison.types()));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // the sort is stable, so types that gained as many instances keep the comparison's order: bytes, then name
        table.getSortOrder().setAll(List.of(count));
    }

    void clear() {
        table.getColumns().clear();
        table.setItems(FXCollections.observableArrayList());
    }


    /** As the CLI says it: "No type grew in every interval across 3 dumps." */
    private static String nothingGrew(GrowthComparison comparison) {
        int n = comparison.dumps().size();
        if (comparison.monotonic() && n >= 3) {
            return "No type grew in every interval across " + n + " dumps.";
        }
        return n == 2 ? "No type grew from A to B."
                : "No type grew from A to " + SeriesText.dumpLabel(n - 1) + " across " + n + " dumps.";
    }

    private static String line(TypeGrowth type) {
        StringBuilder line = new StringBuilder(type.type());
        for (long count : type.counts()) {
            line.append('\t').append(count);
        }
        return line.append('\t').append(type.countDelta()).append('\t').append(type.bytesDelta()).toString();
    }
}
