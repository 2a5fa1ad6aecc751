package heapwhy.waste;

import heapwhy.graph.FieldSlot;
import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads single named fields of instances, finding where a class keeps each name once per class: the inspections
 * read a size or an array of millions of collections and boxes, which decoding every field of each would make
 * the slowest part of a run.
 */
final class FieldValues {
    /** {@link #value} of a field the instance does not have. */
    static final long NONE = Long.MIN_VALUE;
    private static final FieldSlot ABSENT = new FieldSlot(-1, -1);

    private final HeapIndex index;
    /** Per class index, field name → slot, or {@link #ABSENT}. */
    private final Map<String, FieldSlot>[] slots;

    @SuppressWarnings("unchecked")
    FieldValues(HeapIndex index) {
        this.index = index;
        this.slots = new Map[index.classes().size()];
    }

    /**
     * The instance's field of that name (of several, the one of the class highest in the lineage), raw as the
     * dump holds it (a reference as an id); {@link #NONE} when it has none or the dump cannot be read.
     */
    long value(int node, String name) throws IOException {
        FieldSlot slot = slot(index.classIndex(node), name);
        return slot == null ? NONE : index.contents().fieldValue(node, slot);
    }

    /** Where instances of the class keep the field, or null; found once per class and name. */
    FieldSlot slot(int classIndex, String name) throws IOException {
        Map<String, FieldSlot> byName = slots[classIndex];
        if (byName == null) {
            byName = new HashMap<>(4);
            slots[classIndex] = byName;
        }
        FieldSlot slot = byName.get(name);
        if (slot == null) {
            slot = index.contents().fieldSlot(classIndex, name);
            byName.put(name, slot == null ? ABSENT : slot);
        }
        return slot == ABSENT ? null : slot;
    }

    /**
     * The node of an object {@code holder} refers to by {@code id}: looked for among the holder's references
     * first, so that reading a field's object needs no id lookup table for the whole dump; then in that table.
     * {@link HeapIndex#NOT_FOUND} for an id that names no object.
     */
    int referenced(int holder, long id) {
        for (int i = 0, n = index.outboundCount(holder); i < n; i++) {
            int target = index.outboundTarget(holder, i);
            if (!index.isClass(target) && index.objectId(target) == id) {
                return target;
            }
        }
        return index.findObject(id);
    }
}
