package heapwhy.testdumps.scenarios.zoo;

import java.util.LinkedList;

/** Every edit, for undo. Meant to keep the last 100; the trimming was never written. */
final class UndoHistory {
    static final LinkedList<EditCommand> EDITS = new LinkedList<>();

    private UndoHistory() {
    }

    static void record(EditCommand edit) {
        EDITS.addLast(edit);
    }
}
