package heapwhy.gui.waste;

import heapwhy.waste.WasteOwner;

/**
 * An owner of a finding as the Waste tab lists it, with its example object found in the index in the background
 * (the lookup from dump id to node builds a table the first time, too slow for the FX thread).
 *
 * @param owner what the report says of it
 * @param node the node of its example object, or a negative number when the dump has no object with that id
 */
record OwnerRow(WasteOwner owner, int node) {
    boolean hasExample() {
        return node >= 0;
    }
}
