package heapwhy.gui;

import heapwhy.report.suspects.SuspectsText;
import heapwhy.suspects.Suspect;
import heapwhy.suspects.Suspects;
import heapwhy.suspects.SuspectsReport;
import heapwhy.util.Sizes;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What {@code heapwhy suspects} says of the current dump: the objects that alone keep a share of the heap
 * alive, where their memory accumulates and what piles up there, in the CLI's words. The report is made in
 * the background when the tab is first looked at (it walks the dominator tree); Inspect and Paths to GC roots
 * act on the selected suspect's accumulation point.
 */
final class SuspectsView implements DumpView {
    /** The background job's answer, for the dump and threshold it was asked for. */
    private record Answer(SuspectsReport report, String text) {
    }

    private final Navigator navigator;
    private final TextField threshold = new TextField(SuspectsText.threshold(Suspects.DEFAULT_THRESHOLD));
    private final Label header = new Label();
    private final TableView<Suspect> table = new TableView<>();
    private final TextArea text = new TextArea();
    private final VBox box;
    private final AskWhenInFront questionsOf = new AskWhenInFront(this::clear, this::ask);
    /** Numbers the questions, so that an answer that comes after a newer question (or another questionsOf.dump()) is dropped. */
    private int questions;

    SuspectsView(Navigator navigator) {
        this.navigator = navigator;
        threshold.setId("suspects-threshold");
        threshold.setPrefColumnCount(5);
        threshold.setOnAction(e -> ask());
        Button find = new Button("Find");
        find.setId("suspects-find");
        find.setOnAction(e -> ask());
        Button inspect = new Button("Inspect");
        inspect.setId("suspects-inspect");
        inspect.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        inspect.setOnAction(e -> navigator.inspect(questionsOf.dump(), selected().accumulation()));
        Button paths = new Button("Paths to GC roots");
        paths.setId("suspects-paths");
        paths.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        paths.setOnAction(e -> navigator.pathsToObject(questionsOf.dump(), selected().accumulation()));
        header.setId("suspects-header");
        header.setWrapText(true);
        table.setId("suspects");
        table.setPlaceholder(new Label("No single object passes the threshold."));
        table.getColumns().add(Tables.textColumn("Suspect", s -> SuspectsText.name(questionsOf.dump().index(), s), 350));
        table.getColumns().add(Tables.numberColumn("Retained", Suspect::retained, Sizes::human, 90));
        table.getColumns().add(Tables.textColumn("% of heap",
                s -> DominatorLines.percent(questionsOf.dump().index(), s.retained()), 75));
        table.getColumns().add(Tables.textColumn("Accumulates in", s -> describe(s.accumulation()), 210));
        table.getColumns().add(Tables.textColumn("What piles up most", s -> s.contents().isEmpty() ? ""
                : Sizes.grouped(s.contents().get(0).count()) + " × " + s.contents().get(0).className(), 235));
        // the suspects come biggest first, as the command line lists them
        table.getColumns().forEach(column -> column.setSortable(false));
        Tables.copyRows(table, s -> SuspectsText.name(questionsOf.dump().index(), s) + "\t" + s.retained() + "\t"
                + describe(s.accumulation()));
        text.setId("suspects-text");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        HBox top = new HBox(8, new Label("Threshold, % of the heap:"), threshold, find, header, inspect, paths);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(header, Priority.ALWAYS);
        header.setMaxWidth(Double.MAX_VALUE);
        SplitPane parts = new SplitPane(table, text);
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.3);
        box = Explorer.padded(top, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        clear();
    }


    private String describe(int node) {
        return DominatorLines.object(questionsOf.dump().index(), node);
    }

    private Suspect selected() {
        return table.getSelectionModel().getSelectedItem();
    }



    @Override
    public String title() {
        return "Suspects";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        questionsOf.show(dump);
    }

    @Override
    public void front(boolean inFront) {
        questionsOf.front(inFront);
    }

    private void clear() {
        questions++;
        table.setItems(FXCollections.observableArrayList());
        text.setText("");
        header.setText(questionsOf.dump() == null ? "No dump open." : "");
    }

    private void ask() {
        if (questionsOf.dump() == null) {
            return;
        }
        double percent;
        try {
            percent = Double.parseDouble(threshold.getText().trim());
        } catch (NumberFormatException e) {
            percent = Double.NaN;
        }
        if (!(percent > 0 && percent <= 100)) {
            header.setText("The threshold is a share of the heap above 0 and at most 100, not \""
                    + threshold.getText().trim() + "\".");
            return;
        }
        clear();
        questionsOf.asked();
        int number = questions;
        OpenedDump asking = questionsOf.dump();
        double share = percent;
        header.setText("Walking the dominator tree…");
        navigator.explorer().background().run("Leak suspects of " + asking.name(), progress -> {
            SuspectsReport report = Suspects.find(asking.index(), share);
            return new Answer(report, SuspectsText.format(asking.index(), report));
        }, answer -> {
            if (number == questions && asking == questionsOf.dump()) {
                table.setItems(FXCollections.observableArrayList(answer.report().suspects()));
                text.setText(answer.text());
                header.setText(answer.report().suspects().size() == 1 ? "1 suspect."
                        : answer.report().suspects().size() + " suspects.");
                if (!answer.report().suspects().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }
        });
    }
}
