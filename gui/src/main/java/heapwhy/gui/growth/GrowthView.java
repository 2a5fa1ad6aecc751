package heapwhy.gui.growth;

import heapwhy.gui.DumpView;
import heapwhy.gui.Explorer;
import heapwhy.gui.Navigator;
import heapwhy.gui.OpenedDump;
import heapwhy.sites.SiteText;
import heapwhy.sites.WhyReport;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * What grows between dumps of one program: check two or more open dumps, oldest first, and Compare. Lists the
 * types whose instances grew, and the places in the object graph that keep accumulating objects, the leak
 * first; a place's row shows the path that holds it and leads on to its paths to GC roots in the newest dump.
 * Unlike the other views it compares dumps, so it does not follow the current dump.
 */
public final class GrowthView implements DumpView {
    private final Navigator navigator;
    private final DumpChoice choice;
    private final GrowingTypesTable types = new GrowingTypesTable();
    private final GrowingPlacesTable places = new GrowingPlacesTable();
    private final Label legend = new Label();
    private final Label typesHeading = new Label();
    private final Label placesHeading = new Label();
    private final Label warnings = new Label();
    private final TextArea path = new TextArea();
    private final Button paths = new Button("Paths to GC roots");
    private final VBox box;
    private GrowthComparison shown;

    public GrowthView(Navigator navigator) {
        this.navigator = navigator;
        Explorer explorer = navigator.explorer();
        choice = new DumpChoice(explorer.dumps());
        Button compare = new Button("Compare");
        compare.setId("growth-compare");
        compare.disableProperty().bind(choice.twoChecked().not().or(explorer.background().busyProperty()));
        compare.setOnAction(e -> compare(choice.checked()));
        for (Button b : List.of(choice.up(), choice.down(), compare)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        choice.list().setPrefHeight(96);
        HBox.setHgrow(choice.list(), Priority.ALWAYS);
        Label hint = new Label("Oldest first; growth is measured from the first checked dump to the last.");
        HBox chooser = new HBox(8, choice.list(), new VBox(6, choice.up(), choice.down(), compare));

        typesHeading.setId("growth-types-heading");
        legend.setId("growth-legend");
        legend.setWrapText(true);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        placesHeading.setId("growth-places-heading");
        warnings.setId("growth-warnings");
        warnings.setWrapText(true);
        warnings.setMaxWidth(Double.MAX_VALUE);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.setStyle("-fx-text-fill: #8a5a00;");
        path.setId("growth-path");
        path.setEditable(false);
        path.setStyle("-fx-font-family: monospace;");
        paths.setId("growth-paths");
        paths.setOnAction(e -> showPaths());
        paths.disableProperty().bind(places.table().getSelectionModel().selectedItemProperty().isNull());
        places.table().getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showPlace(now));

        VBox typesBox = new VBox(4, typesHeading, types.table());
        VBox placesBox = new VBox(4, placesHeading, places.table());
        VBox pathBox = new VBox(4, path, paths);
        VBox.setVgrow(types.table(), Priority.ALWAYS);
        VBox.setVgrow(places.table(), Priority.ALWAYS);
        VBox.setVgrow(path, Priority.ALWAYS);
        SplitPane results = new SplitPane(typesBox, placesBox, pathBox);
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.3, 0.56);
        box = Explorer.padded(chooser, hint, legend, warnings, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        clear();
        explorer.dumps().addListener((ListChangeListener<OpenedDump>) change -> {
            // results whose dumps were closed cannot lead to paths any more
            if (shown != null && !explorer.dumps().containsAll(shown.dumps())) {
                clear();
            }
        });
    }

    @Override
    public String title() {
        return "Growth";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        // the comparison is of the checked dumps, whichever is current
    }

    private void compare(List<OpenedDump> dumps) {
        List<OpenedDump> compared = new ArrayList<>(dumps);
        navigator.explorer().background().run("Comparing " + compared.size() + " dumps",
                progress -> GrowthComparison.of(compared, progress), this::showComparison);
    }

    private void showComparison(GrowthComparison comparison) {
        shown = comparison;
        List<String> parts = new ArrayList<>();
        WhyReport why = comparison.places();
        for (int d = 0; d < comparison.dumps().size(); d++) {
            parts.add(SeriesText.dumpLabel(d) + " = " + comparison.dumps().get(d).name() + " (reachable heap "
                    + Sizes.human(why.heapBytes().get(d)) + ")");
        }
        legend.setText(String.join("    ", parts));
        warnings.setText(comparison.warnings().isEmpty() ? "" : "Warning: " + String.join("\nWarning: ", comparison.warnings()));
        warnings.setManaged(!comparison.warnings().isEmpty());
        types.show(comparison);
        places.show(comparison);
        typesHeading.setText(comparison.monotonic() && comparison.dumps().size() >= 3
                ? "Types that grew in every interval, the most instances gained first:"
                : "Types that grew from A to " + SeriesText.dumpLabel(comparison.dumps().size() - 1)
                        + ", the most instances gained first:");
        placesHeading.setText(placesSentence(comparison));
        path.clear();
        if (!places.table().getItems().isEmpty()) {
            places.table().getSelectionModel().clearAndSelect(0);
        }
    }

    /** As {@code heapwhy why} heads its list: "1 place keeps accumulating objects (grew …), …". */
    private static String placesSentence(GrowthComparison comparison) {
        WhyReport why = comparison.places();
        int found = why.sites().size() + why.moreSites();
        if (found == 0) {
            return "Places that keep accumulating objects: none.";
        }
        String more = why.moreSites() == 0 ? "" : "; the first " + why.sites().size() + " are listed";
        return (found == 1 ? "1 place keeps" : found + " places keep") + " accumulating objects (grew "
                + GrowingPlacesTable.rule(comparison) + "), the most retained growth first" + more + ":";
    }

    private void showPlace(GrowingPlacesTable.Place place) {
        path.setText(place == null || shown == null ? ""
                : SiteText.format(place.rank(), place.site(), shown.dumps().size()));
    }

    private void showPaths() {
        GrowingPlacesTable.Place place = places.table().getSelectionModel().getSelectedItem();
        if (place != null && shown != null) {
            navigator.pathsToClass(shown.newest(), place.site().className());
        }
    }

    private void clear() {
        shown = null;
        legend.setText("");
        warnings.setText("");
        warnings.setManaged(false);
        types.clear();
        places.clear();
        typesHeading.setText("Types that grew");
        placesHeading.setText("Places that keep accumulating objects");
        path.clear();
    }
}
