package heapwhy.gui.growth;

import heapwhy.gui.OpenedDump;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Which open dumps to compare and in what order: every dump the explorer has open, with a check box, in the
 * order opened, which is usually oldest first; up and down fix the order when it is not. The order matters:
 * growth is measured from the first checked dump to the last.
 */
final class DumpChoice {
    /** One dump in the list; not checked at first, since dumps of different programs may be open. */
    record Choice(OpenedDump dump, BooleanProperty checked) {
        Choice(OpenedDump dump) {
            this(dump, new SimpleBooleanProperty(false));
        }
    }

    private final ObservableList<Choice> choices = FXCollections.observableArrayList(c -> new Observable[] {c.checked()});
    private final ListView<Choice> list = new ListView<>(choices);
    private final Button up = new Button("Up");
    private final Button down = new Button("Down");
    private final BooleanBinding twoChecked = Bindings.createBooleanBinding(() -> checked().size() >= 2, choices);

    DumpChoice(ObservableList<OpenedDump> open) {
        list.setId("growth-dumps");
        list.setPlaceholder(new Label("Open two or more dumps of one program to compare them."));
        list.setCellFactory(CheckBoxListCell.forListView(Choice::checked, new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice.dump().name();
            }

            @Override
            public Choice fromString(String text) {
                throw new UnsupportedOperationException("the list is not edited as text");
            }
        }));
        open.forEach(d -> choices.add(new Choice(d)));
        open.addListener((ListChangeListener<OpenedDump>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(d -> choices.removeIf(c -> c.dump().equals(d)));
                change.getAddedSubList().forEach(d -> choices.add(new Choice(d)));
            }
        });
        up.setId("growth-up");
        down.setId("growth-down");
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(+1));
        var selected = list.getSelectionModel().selectedIndexProperty();
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(Bindings.size(choices).subtract(1))));
    }

    ListView<Choice> list() {
        return list;
    }

    Button up() {
        return up;
    }

    Button down() {
        return down;
    }

    /** The checked dumps in the list's order. */
    List<OpenedDump> checked() {
        return choices.stream().filter(c -> c.checked().get()).map(Choice::dump).toList();
    }

    /** True when there is something to compare. */
    BooleanBinding twoChecked() {
        return twoChecked;
    }

    private void move(int by) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= choices.size()) {
            return;
        }
        Choice moved = choices.remove(from);
        choices.add(to, moved);
        list.getSelectionModel().select(to);
    }
}
