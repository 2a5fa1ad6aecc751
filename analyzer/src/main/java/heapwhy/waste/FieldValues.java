package heapwhy.waste;

import heapwhy.graph.FieldSlot;
import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.Arrays;

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
    /**
     * Per class index, the names asked for and where the class keeps each ({@link #ABSENT} for none), side by
     * side: an inspection asks for two or three names, each the same String every time, so a look by identity
     * finds it without hashing the name for every object.
     */
    private final String[][] names;
    private final FieldSlot[][] slots;

    FieldValues(HeapIndex index) {
        this.index = index;
        this.names = new String[index.classes().size()][];
        this.slots = new FieldSlot[names.length][];
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
        String[] known = names[classIndex];
        int n = known == null ? 0 : known.length;
        for (int i = 0; i < n; i++) {
            if (known[i] == name) {
                return slots[classIndex][i] == ABSENT ? null : slots[classIndex][i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (known[i].equals(name)) {
                return slots[classIndex][i] == ABSENT ? null : slots[classIndex][i];
            }
        }
        FieldSlot slot = index.contents().fieldSlot(classIndex, name);
        names[classIndex] = known = known == null ? new String[1] : Arrays.copyOf(known, n + 1);
        known[n] = name;
        slots[classIndex] = n == 0 ? new FieldSlot[1] : Arrays.copyOf(slots[classIndex], n + 1);
        slots[classIndex][n] = slot == null ? ABSENT : slot;
        return slot;
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
