package heapwhy.gui.waste;

import heapwhy.gui.Tables;
import heapwhy.report.waste.WasteText;
import heapwhy.util.Sizes;
import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteReport;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Waste tab's three tables, worded as {@code heapwhy waste} prints the report: sizes and counts in people's
 * units, shares of the reachable heap as "3.4 %", the headings of owners and examples from {@link WasteText}.
 * Dump text (owners, string values) has its control characters escaped, as the text report does.
 */
final class WasteTables {
    private WasteTables() {
    }

    /** One line per inspection run, in the report's order. */
    static TableView<FindingRow> findings(Supplier<WasteReport> report) {
        TableView<FindingRow> table = new TableView<>();
        table.setId("waste-findings");
        table.getColumns().add(Tables.textColumn("Inspection", r -> r.finding().kind().title(), 260));
        table.getColumns().add(Tables.numberColumn("Objects", r -> r.finding().objects(), Sizes::grouped, 110));
        table.getColumns().add(Tables.numberColumn("Wasted", r -> r.finding().wastedBytes(), Sizes::human, 100));
        table.getColumns().add(Tables.numberColumn("% of heap", r -> r.finding().wastedBytes(),
                bytes -> WasteText.percent(report.get(), bytes), 90));
        table.getColumns().add(Tables.numberColumn("Distinct", r -> r.finding().distinct(), Sizes::grouped, 90));
        Tables.copyRows(table, r -> r.finding().kind().title() + "\t" + r.finding().objects() + "\t"
                + r.finding().wastedBytes() + "\t" + r.finding().distinct());
        return table;
    }

    /** The biggest owners of the selected finding; the first column's title is set per finding. */
    static TableView<OwnerRow> owners(Supplier<WasteReport> report) {
        TableView<OwnerRow> table = new TableView<>();
        table.setId("waste-owners");
        table.setPlaceholder(new Label("None."));
        table.getColumns().add(Tables.textColumn("Held by", r -> WasteText.clean(r.owner().name()), 300));
        table.getColumns().add(Tables.numberColumn("Objects", r -> r.owner().objects(), Sizes::grouped, 80));
        table.getColumns().add(Tables.numberColumn("Wasted", r -> r.owner().bytes(), Sizes::human, 80));
        table.getColumns().add(Tables.numberColumn("% of heap", r -> r.owner().bytes(),
                bytes -> WasteText.percent(report.get(), bytes), 85));
        fitNumbers(table);
        Tables.copyRows(table, r -> WasteText.clean(r.owner().name()) + "\t" + r.owner().objects() + "\t"
                + r.owner().bytes());
        return table;
    }

    /** The biggest values or types of the selected finding; the first column's title is set per finding. */
    static TableView<WasteExample> examples(Supplier<WasteKind> kind) {
        TableView<WasteExample> table = new TableView<>();
        table.setId("waste-examples");
        table.setPlaceholder(new Label("None."));
        table.getColumns().add(Tables.textColumn("Most duplicated", e -> WasteText.clean(e.text()), 200));
        table.getColumns().add(Tables.numberColumn("Objects", WasteExample::copies,
                copies -> WasteText.copies(kind.get(), copies), 100));
        table.getColumns().add(Tables.numberColumn("Wasted", WasteExample::wastedBytes, Sizes::human, 80));
        fitNumbers(table);
        Tables.copyRows(table, e -> WasteText.clean(e.text()) + "\t" + e.copies() + "\t" + e.wastedBytes());
        return table;
    }

    /** The numbers keep their width, so that a wider table gives its room to the names, which are long. */
    private static void fitNumbers(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().stream().skip(1).forEach(column -> {
            column.setMinWidth(column.getPrefWidth());
            column.setMaxWidth(column.getPrefWidth());
        });
    }

    /** "Held by" from "held by": a report's heading as a column's title. */
    static String title(String heading) {
        return heading.substring(0, 1).toUpperCase(Locale.ROOT) + heading.substring(1);
    }
}
