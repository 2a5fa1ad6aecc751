package heapwhy.gui;

import heapwhy.graph.HeapIndex;
import heapwhy.inspect.FieldValue;
import heapwhy.inspect.ObjectDetails;
import heapwhy.inspect.ObjectInspector;
import heapwhy.inspect.Reference;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.OptionalInt;

/**
 * One object up close: what it is and holds (shallow, retained, share of the heap, its dominator, the GC roots
 * it is), its fields with their values, the objects it refers to and those that refer to it. Double-click or
 * Enter follows a reference; Back and Forward (Alt+Left, Alt+Right) walk the objects seen; an object id typed
 * above goes straight to it. Other views send objects here through the navigator.
 */
final class InspectorView implements DumpView {
    /** Rows per list: an array of ten million elements or a class's millions of instances show their first. */
    static final int LIMIT = 1000;

    /** The background job's answer: the object, how its dominator reads, or why there is nothing. */
    private record Answer(ObjectDetails details, String dominator, String problem) {
    }

    private final Navigator navigator;
    private final NavigationHistory history = new NavigationHistory();
    private final TextField idField = new TextField();
    private final Button back = new Button("◀ Back");
    private final Button forward = new Button("Forward ▶");
    private final Button paths = new Button("Paths to GC roots");
    private final Label header = new Label();
    private final Hyperlink dominator = new Hyperlink();
    private final Label roots = new Label();
    private final Label fieldsTitle = new Label("Fields");
    private final Label outgoingTitle = new Label("References from it");
    private final Label referrersTitle = new Label("Referrers");
    private final TableView<FieldValue> fields = InspectorTables.fields("inspector-fields", this::visit);
    private final TableView<Reference> outgoing = InspectorTables.references("inspector-outgoing", "Through", this::visit);
    private final TableView<Reference> referrers = InspectorTables.references("inspector-referrers", "Through", this::visit);
    private final VBox box;
    private OpenedDump dump;
    private ObjectInspector inspector;
    private ObjectDetails shown;
    /** Numbers the questions, so that an answer that comes after a newer question (or another dump) is dropped. */
    private int questions;

    InspectorView(Navigator navigator) {
        this.navigator = navigator;
        idField.setId("inspector-id");
        idField.setPromptText("Object id, e.g. 0x7f01a2b8");
        idField.setOnAction(e -> goToTypedId());
        Button go = new Button("Go");
        go.setId("inspector-go");
        go.setOnAction(e -> goToTypedId());
        back.setId("inspector-back");
        back.setOnAction(e -> step(history.back()));
        forward.setId("inspector-forward");
        forward.setOnAction(e -> step(history.forward()));
        paths.setId("inspector-paths");
        paths.setOnAction(e -> {
            if (shown != null) {
                navigator.pathsToObject(dump, shown.node());
            }
        });
        header.setId("inspector-header");
        header.setWrapText(true);
        header.setStyle("-fx-font-weight: bold;");
        // two lines (what it is; its sizes) that a tall table below must not squeeze into "…"
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        roots.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        roots.managedProperty().bind(roots.textProperty().isNotEmpty());
        roots.visibleProperty().bind(roots.managedProperty());
        dominator.setId("inspector-dominator");
        dominator.setOnAction(e -> {
            if (shown != null && shown.dominator() >= 0) {
                visit(shown.dominator());
            }
        });
        roots.setId("inspector-roots");
        roots.setWrapText(true);
        HBox.setHgrow(idField, Priority.ALWAYS);
        HBox top = new HBox(8, back, forward, idField, go, paths);
        top.setAlignment(Pos.CENTER_LEFT);
        SplitPane lists = new SplitPane(titled(fieldsTitle, fields), titled(outgoingTitle, outgoing),
                titled(referrersTitle, referrers));
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.45, 0.7);
        box = Explorer.padded(top, header, dominator, roots, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                step(history.back());
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                step(history.forward());
                e.consume();
            }
        });
        navigator.onInspect((d, node) -> {
            navigator.explorer().showTab(title());
            if (d == dump) {
                visit(node);
            }
        });
        clear();
    }

    private static VBox titled(Label title, TableView<?> table) {
        VBox part = new VBox(4, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return part;
    }

    @Override
    public String title() {
        return "Inspector";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(OpenedDump dump) {
        if (dump != this.dump) {
            this.dump = dump;
            this.inspector = dump == null ? null : new ObjectInspector(dump.index());
            history.clear();
            clear();
        }
    }

    /** The object shown, or null. */
    ObjectDetails shown() {
        return shown;
    }

    /** Goes to an object, as a new step of the history. */
    private void visit(int node) {
        history.visit(node);
        load(node);
    }

    private void step(OptionalInt node) {
        node.ifPresent(this::load);
    }

    private void clear() {
        questions++;
        shown = null;
        header.setText(dump == null ? "No dump open."
                : "No object chosen: Inspect one in the Dominators tab, or type an object id above.");
        dominator.setText("");
        roots.setText("");
        fields.setItems(FXCollections.observableArrayList());
        outgoing.setItems(FXCollections.observableArrayList());
        referrers.setItems(FXCollections.observableArrayList());
        fieldsTitle.setText("Fields");
        outgoingTitle.setText("References from it");
        referrersTitle.setText("Referrers");
        updateButtons();
    }

    private void updateButtons() {
        back.setDisable(!history.canGoBack());
        forward.setDisable(!history.canGoForward());
        paths.setDisable(shown == null);
    }

    private void goToTypedId() {
        if (dump == null) {
            return;
        }
        Long id = ObjectIdText.parse(idField.getText());
        if (id == null) {
            header.setText("Not an object id: \"" + idField.getText().trim() + "\" (0x-hex or decimal, as the CLI prints them)");
            return;
        }
        HeapIndex index = dump.index();
        int number = ++questions;
        navigator.explorer().background().run("Finding object " + ObjectIdText.hex(id),
                progress -> index.findObject(id), node -> {
            if (number != questions) {
                return;
            }
            if (node < 0) {
                header.setText("No object " + ObjectIdText.hex(id) + " in this dump");
            } else {
                visit(node);
            }
        });
    }


    private void load(int node) {
        updateButtons();
        OpenedDump asked = dump;
        ObjectInspector reader = inspector;
        int number = ++questions;
        String id = ObjectIdText.hex(asked.index().objectId(node));
        header.setText("Reading " + asked.index().describe(node) + " " + id + "…");
        navigator.explorer().background().run("Inspecting " + id, progress -> {
            try {
                ObjectDetails details = reader.inspect(node, LIMIT);
                return new Answer(details, dominatorText(asked.index(), details.dominator()), null);
            } catch (java.io.IOException e) {
                return new Answer(null, null, "Cannot read the object from the dump: " + e.getMessage());
            }
        }, answer -> {
            if (number == questions && asked == dump) {
                showAnswer(answer);
            }
        });
    }

    private static String dominatorText(HeapIndex index, int dominator) {
        if (dominator == HeapIndex.ROOT) {
            return "Kept alive by GC roots alone (no single object dominates it)";
        }
        if (dominator == HeapIndex.UNREACHABLE) {
            return "Not reachable from any GC root (garbage not yet collected)";
        }
        return "Dominated by " + DominatorLines.object(index, dominator);
    }

    private void showAnswer(Answer answer) {
        if (answer.problem() != null) {
            header.setText(answer.problem());
            return;
        }
        ObjectDetails d = answer.details();
        shown = d;
        idField.setText(ObjectIdText.hex(d.id()));
        HeapIndex index = dump.index();
        String share = DominatorLines.percent(index, d.retainedBytes());
        header.setText(d.what() + (d.value() == null ? "" : " " + d.value()) + "  " + ObjectIdText.hex(d.id())
                + (d.arrayLength() >= 0 ? "  (" + Sizes.grouped(d.arrayLength()) + " elements)" : "")
                + "\nShallow " + Sizes.human(d.shallowBytes()) + ", retained " + Sizes.human(d.retainedBytes())
                + " (" + share + "% of the reachable heap)");
        dominator.setText(answer.dominator());
        dominator.setDisable(d.dominator() < 0);
        roots.setText(d.roots().isEmpty() ? "" : "GC root: " + String.join("; ", d.roots()));
        fields.setItems(FXCollections.observableArrayList(d.fields()));
        outgoing.setItems(FXCollections.observableArrayList(d.outgoing()));
        referrers.setItems(FXCollections.observableArrayList(d.referrers()));
        fieldsTitle.setText(d.fieldsReadable() ? "Fields " + count(d.fields().size(), d.fieldCount())
                : "Fields: this dump cannot be read at random (plain gzip), so only class statics can be shown");
        outgoingTitle.setText("References from it " + count(d.outgoing().size(), d.outgoingCount()));
        referrersTitle.setText("Referrers " + count(d.referrers().size(), d.referrerCount()));
        fields.setPlaceholder(new Label(d.arrayLength() >= 0 && d.fieldCount() == 0 ? "An array of primitives." : "No fields."));
        updateButtons();
    }

    /** "(12)", or "(first 1,000 of 60,000)" when the list is cut. */
    private static String count(int shownRows, int all) {
        return shownRows < all ? "(first " + Sizes.grouped(shownRows) + " of " + Sizes.grouped(all) + ")"
                : "(" + Sizes.grouped(all) + ")";
    }
}
