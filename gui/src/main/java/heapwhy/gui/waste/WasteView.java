package heapwhy.gui.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.gui.AskWhenInFront;
import heapwhy.gui.DumpView;
import heapwhy.gui.Explorer;
import heapwhy.gui.Navigator;
import heapwhy.gui.OpenedDump;
import heapwhy.report.waste.WasteHints;
import heapwhy.report.waste.WasteText;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.WasteReport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code heapwhy waste} says of the current dump: one line per inspection (what it wastes, its share of
 * the reachable heap) under the report's headline; the selected inspection's owners and its biggest values or
 * types below, with what the inspection counts and how to fix it. The report is made in the background when the tab is first looked at (it reads array contents
 * and walks the paths from the GC roots). Inspect example and Paths to example (or a double-click, or Enter, on
 * an owner) go to one object of the owner's waste.
 */
public final class WasteView implements DumpView {
    /** Owners and examples kept per inspection: more than the command line's ten, a table scrolls. */
    static final int TOP = 25;

    /** The background job's answer: the report and its rows, or why there is none. */
    private record Answer(WasteReport report, List<FindingRow> rows, String problem) {
    }

    private final Navigator navigator;
    private final Label header = new Label();
    private final Label findingLine = new Label();
    private final Label hint = new Label();
    private final Label placeholder = new Label();
    private final TableView<FindingRow> findings;
    private final TableView<OwnerRow> owners;
    private final TableView<WasteExample> examples;
    private final VBox box;
    private final AskWhenInFront questionsOf = new AskWhenInFront(this::clear, this::ask);
    private WasteReport report;
    /** Numbers the questions, so that an answer that comes after another dump was chosen is dropped. */
    private int questions;

    public WasteView(Navigator navigator) {
        this.navigator = navigator;
        findings = WasteTables.findings(() -> report);
        owners = WasteTables.owners(() -> report);
        examples = WasteTables.examples(() -> selectedFinding() == null ? null : selectedFinding().finding().kind());
        findings.setPlaceholder(placeholder);
        // the inspections come in the report's order, the one the command line prints
        findings.getColumns().forEach(column -> column.setSortable(false));
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showFinding(now));
        owners.setRowFactory(t -> {
            TableRow<OwnerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    inspect(row.getItem());
                }
            });
            return row;
        });
        owners.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                inspect(selectedOwner());
                e.consume();
            }
        });
        header.setId("waste-header");
        header.setWrapText(true);
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        findingLine.setId("waste-finding");
        findingLine.setWrapText(true);
        findingLine.setStyle("-fx-font-weight: bold;");
        hint.setId("waste-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        BooleanBinding noExample = Bindings.createBooleanBinding(
                () -> selectedOwner() == null || !selectedOwner().hasExample(),
                owners.getSelectionModel().selectedItemProperty());
        Button inspect = new Button("Inspect example");
        inspect.setId("waste-inspect");
        inspect.disableProperty().bind(noExample);
        inspect.setOnAction(e -> inspect(selectedOwner()));
        Button paths = new Button("Paths to example");
        paths.setId("waste-paths");
        paths.disableProperty().bind(noExample);
        paths.setOnAction(e -> pathsTo(selectedOwner()));

        HBox.setHgrow(findingLine, Priority.ALWAYS);
        findingLine.setMaxWidth(Double.MAX_VALUE);
        HBox ownerBar = new HBox(8, findingLine, inspect, paths);
        ownerBar.setAlignment(Pos.CENTER_LEFT);
        SplitPane details = new SplitPane(owners, examples);
        details.setDividerPositions(0.6);
        VBox lower = new VBox(8, ownerBar, hint, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane parts = new SplitPane(findings, lower);
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.35);
        box = Explorer.padded(header, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        clear();
    }

    @Override
    public String title() {
        return "Waste";
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
        report = null;
        findings.setItems(FXCollections.observableArrayList());
        header.setText(questionsOf.dump() == null ? "No dump open." : "");
        placeholder.setText(questionsOf.dump() == null ? "No dump open." : "");
    }

    private void ask() {
        clear();
        questionsOf.asked();
        int number = questions;
        OpenedDump asking = questionsOf.dump();
        header.setText("Looking for waste in " + asking.name() + "…");
        placeholder.setText("Computing: duplicates, empty and under-filled collections, boxed numbers, overhead…");
        navigator.explorer().background().run("Waste in " + asking.name(), progress -> answer(asking.index()),
                answer -> {
                    if (number == questions && asking == questionsOf.dump()) {
                        showAnswer(asking, answer);
                    }
                });
    }

    /** Off the FX thread: the report, and each owner's example object found in the index. */
    private static Answer answer(HeapIndex index) {
        WasteReport found;
        try {
            found = Waste.find(index, new WasteQuery(Set.of(), TOP));
        } catch (IOException e) {
            return new Answer(null, List.of(), "Cannot read objects from the dump: " + e.getMessage());
        }
        List<FindingRow> rows = new ArrayList<>();
        for (WasteFinding finding : found.findings()) {
            List<OwnerRow> owners = new ArrayList<>();
            for (WasteOwner owner : finding.owners()) {
                owners.add(new OwnerRow(owner, index.findObject(owner.exampleId())));
            }
            rows.add(new FindingRow(finding, owners));
        }
        return new Answer(found, rows, null);
    }

    private void showAnswer(OpenedDump asked, Answer answer) {
        if (answer.problem() != null) {
            header.setText(answer.problem());
            placeholder.setText("");
            return;
        }
        report = answer.report();
        header.setText(WasteText.headline(asked.name(), report));
        findings.setItems(FXCollections.observableArrayList(answer.rows()));
        // the first inspection that found something, else the first
        int first = 0;
        for (int i = 0; i < answer.rows().size(); i++) {
            if (answer.rows().get(i).finding().objects() > 0) {
                first = i;
                break;
            }
        }
        if (!answer.rows().isEmpty()) {
            findings.getSelectionModel().clearAndSelect(first);
        }
    }

    private void showFinding(FindingRow row) {
        if (row == null) {
            findingLine.setText("");
            hint.setText("");
            owners.setItems(FXCollections.observableArrayList());
            examples.setItems(FXCollections.observableArrayList());
            return;
        }
        WasteFinding finding = row.finding();
        findingLine.setText(WasteText.finding(report, finding));
        hint.setText(WasteHints.of(finding.kind()));
        owners.getColumns().get(0).setText(WasteTables.title(WasteText.ownersTitle(finding.kind())));
        examples.getColumns().get(0).setText(WasteTables.title(WasteText.examplesTitle(finding.kind())));
        owners.setItems(FXCollections.observableArrayList(row.owners()));
        examples.setItems(FXCollections.observableArrayList(finding.examples()));
        if (!row.owners().isEmpty()) {
            owners.getSelectionModel().clearAndSelect(0);
        }
    }

    private FindingRow selectedFinding() {
        return findings.getSelectionModel().getSelectedItem();
    }

    private OwnerRow selectedOwner() {
        return owners.getSelectionModel().getSelectedItem();
    }

    private void inspect(OwnerRow owner) {
        if (owner != null && owner.hasExample()) {
            navigator.inspect(questionsOf.dump(), owner.node());
        }
    }

    private void pathsTo(OwnerRow owner) {
        if (owner != null && owner.hasExample()) {
            navigator.pathsToObject(questionsOf.dump(), owner.node());
        }
    }
}
