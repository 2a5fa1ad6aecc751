package heapwhy.gui.dominators;

import heapwhy.graph.HeapIndex;
import heapwhy.gui.DominatorLines;

/**
 * One line of the Dominators view, worked out once when it is made: an object with its sizes, the line that
 * stands for the children not shown yet, or the placeholder of children still being fetched.
 *
 * @param node     the object, or {@link HeapIndex#ROOT} for the hidden top; meaningless for the other kinds
 * @param retained the object's retained bytes, or what the children not shown retain together
 */
public record DominatorRow(Kind kind, int node, String label, long retained, long shallow, String percent) {
    enum Kind { OBJECT, MORE, LOADING }

    static DominatorRow top(HeapIndex index) {
        return new DominatorRow(Kind.OBJECT, HeapIndex.ROOT, "all reachable objects", index.graphBytes(), 0,
                DominatorLines.percent(index, index.graphBytes()));
    }

    static DominatorRow object(HeapIndex index, int node) {
        long retained = index.retainedSize(node);
        return new DominatorRow(Kind.OBJECT, node, DominatorLines.object(index, node), retained,
                index.shallowSize(node), DominatorLines.percent(index, retained));
    }

    static DominatorRow more(HeapIndex index, int hidden, long hiddenBytes) {
        return new DominatorRow(Kind.MORE, HeapIndex.ROOT, DominatorLines.more(index, hidden, hiddenBytes),
                hiddenBytes, 0, DominatorLines.percent(index, hiddenBytes));
    }

    static DominatorRow loading() {
        return new DominatorRow(Kind.LOADING, HeapIndex.ROOT, "Loading…", 0, 0, "");
    }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** Whether the object keeps others alive: an object that retains only itself dominates nothing. */
    boolean hasChildren() {
        return isObject() && (node == HeapIndex.ROOT || retained != shallow);
    }

    /** What Ctrl+C copies: retained bytes, share and the object (or the "more" line); null for a placeholder. */
    String copyLine() {
        return kind == Kind.LOADING ? null : retained + "\t" + percent + "\t" + label;
    }
}
