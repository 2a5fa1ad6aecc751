package heapwhy.gui.dominators;

import heapwhy.graph.HeapIndex;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An object of the dominator tree (or its hidden top) whose children are fetched the first time it is opened:
 * the top of a big dump dominates millions of objects, far too many to ask for up front or to show at once.
 * Until then a placeholder child gives it an arrow. Children are shown a page at a time, followed by a line for
 * the rest; the fetched list is kept, so showing more does not ask the engine again.
 */
public final class DominatorItem extends TreeItem<DominatorRow> {
    /** How many children one page shows. */
    static final int PAGE = 100;

    /** An object's children, largest retained size first, and what they retain together. */
    record Children(int[] nodes, long bytes) {
    }

    /** Fetches an object's children off the FX thread; answers on it, or never (another dump, a failure). */
    interface Source {
        void children(int node, Consumer<Children> answer);
    }

    private final HeapIndex index;
    private final Source source;
    private Children children;
    private int shown;
    private long shownBytes;
    /** Whether a fetch is on its way; reset when closed before the answer, so reopening asks again after a failure. */
    private boolean asked;

    DominatorItem(HeapIndex index, DominatorRow row, Source source) {
        super(row);
        this.index = index;
        this.source = source;
        if (row.hasChildren()) {
            getChildren().add(new TreeItem<>(DominatorRow.loading()));
            expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    fetch();
                } else if (children == null) {
                    asked = false;
                }
            });
        }
    }

    /** Whether the children were fetched (the placeholder is gone). */
    public boolean fetched() {
        return children != null;
    }

    private void fetch() {
        if (children != null || asked) {
            return;
        }
        asked = true;
        source.children(getValue().node(), answer -> {
            if (children == null) {
                children = answer;
                getChildren().clear();
                showMore();
            }
        });
    }

    /** Shows the next page of children in place of the line that stood for them. */
    void showMore() {
        if (children == null) {
            return;
        }
        List<TreeItem<DominatorRow>> items = getChildren();
        if (!items.isEmpty() && items.get(items.size() - 1).getValue().kind() == DominatorRow.Kind.MORE) {
            items.remove(items.size() - 1);
        }
        int[] nodes = children.nodes();
        int end = Math.min(nodes.length, shown + PAGE);
        List<TreeItem<DominatorRow>> page = new ArrayList<>(end - shown + 1);
        for (int i = shown; i < end; i++) {
            DominatorRow row = DominatorRow.object(index, nodes[i]);
            shownBytes += row.retained();
            page.add(new DominatorItem(index, row, source));
        }
        shown = end;
        if (shown < nodes.length) {
            page.add(new TreeItem<>(DominatorRow.more(index, nodes.length - shown, children.bytes() - shownBytes)));
        }
        items.addAll(page);
    }
}
