package heapwhy.gui.growth;

import heapwhy.gui.Tables;
import heapwhy.sites.GrowthSite;
import heapwhy.util.Sizes;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The places in the object graph that keep accumulating objects, as {@code heapwhy why} ranks them: the most
 * retained growth first, so the leak is the first row. Sortable; Ctrl+C copies the selected rows.
 */
final class GrowingPlacesTable {
    /** A place and its rank in the report, which stays its name (#1) however the table is sorted. */
    record Place(int rank, GrowthSite site) {
    }

    /** Room kept for a vertical scroll bar, so that no horizontal one is needed. */
    private static final double SCROLL_BAR = 20;
    private static final double MIN_NAME = 160;

    private final TableView<Place> table = new TableView<>();

    GrowingPlacesTable() {
        table.setId("growth-places");
        table.setPlaceholder(new Label(""));
        TableColumn<Place, Long> rank = Tables.numberColumn("#", Place::rank, Long::toString, 36);
        TableColumn<Place, String> piles = Tables.textColumn("Class that piles up", p -> p.site().className(),
                MIN_NAME);
        TableColumn<Place, String> holder = Tables.textColumn("Held by", p -> p.site().holder(), MIN_NAME);
        TableColumn<Place, GrowthSite> objects = new TableColumn<>("Objects, first → last");
        objects.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().site()));
        objects.setCellFactory(c -> new FirstToLastCell());
        objects.setComparator(Comparator.comparingLong(GrowthSite::countGrowth));
        objects.setPrefWidth(150);
        TableColumn<Place, Long> retained = Tables.numberColumn("+Retained", p -> p.site().retainedGrowth(),
                Sizes::signedHuman, 100);
        table.getColumns().setAll(List.of(rank, piles, holder, objects, retained));
        // the names share what the numbers leave, so the growth, rightmost, stays in view
        var names = table.widthProperty().subtract(rank.getPrefWidth() + objects.getPrefWidth() + retained.getPrefWidth()
                + SCROLL_BAR).divide(2);
        piles.prefWidthProperty().bind(Bindings.max(MIN_NAME, names));
        holder.prefWidthProperty().bind(Bindings.max(MIN_NAME, names));
        Tables.copyRows(table, GrowingPlacesTable::line);
    }

    TableView<Place> table() {
        return table;
    }

    void show(GrowthComparison comparison) {
        List<Place> places = new ArrayList<>();
        int rank = 0;
        for (GrowthSite site : comparison.places().sites()) {
            places.add(new Place(++rank, site));
        }
        SortedList<Place> sorted = new SortedList<>(FXCollections.observableArrayList(places));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getSortOrder().clear();
        table.setItems(sorted);
        table.setPlaceholder(new Label(nothingGrew(comparison)));
    }

    void clear() {
        table.setItems(FXCollections.observableArrayList());
        table.setPlaceholder(new Label(""));
    }


    /** As the CLI says it: "No place in the object graph grew in every interval by 64.0 KB or more: …". */
    private static String nothingGrew(GrowthComparison comparison) {
        return "No place in the object graph grew " + rule(comparison) + ": nothing keeps accumulating.";
    }

    /** What a place had to do to be listed: "in every interval by 64.0 KB or more". */
    static String rule(GrowthComparison comparison) {
        return (comparison.dumps().size() > 2 ? "in every interval" : "from A to B") + " by "
                + Sizes.human(comparison.places().query().minBytes()) + " or more";
    }

    private static String line(Place place) {
        GrowthSite site = place.site();
        List<Long> counts = site.counts();
        return place.rank() + "\t" + site.className() + "\t" + site.holder() + "\t" + counts.get(0) + "\t"
                + counts.get(counts.size() - 1) + "\t" + site.retainedGrowth();
    }

    /** "20,000 → 60,000", right-aligned; the column sorts by the growth. */
    private static final class FirstToLastCell extends TableCell<Place, GrowthSite> {
        FirstToLastCell() {
            setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(GrowthSite site, boolean empty) {
            super.updateItem(site, empty);
            List<Long> counts = empty || site == null ? null : site.counts();
            setText(counts == null ? null
                    : Sizes.grouped(counts.get(0)) + " → " + Sizes.grouped(counts.get(counts.size() - 1)));
        }
    }
}
