package heapwhy.gui.waste;

import heapwhy.waste.WasteFinding;

import java.util.List;

/** One inspection's line of the Waste tab: the finding and its owners, each with its example's node. */
record FindingRow(WasteFinding finding, List<OwnerRow> owners) {
    FindingRow {
        owners = List.copyOf(owners);
    }
}
