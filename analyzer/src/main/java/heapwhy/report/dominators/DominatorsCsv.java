package heapwhy.report.dominators;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.report.Csv;
import heapwhy.report.HeapShares;
import heapwhy.util.ObjectIdText;

/**
 * The dominator tree as CSV rows, parents before children: {@code depth,parent_id,id,class,shallow_bytes,
 * retained_bytes,percent,loader}. The start object is depth 0 (the GC roots have no row; their children have
 * an empty parent_id). Hidden children are one row per parent with an empty id and "(N more)" as class.
 */
public final class DominatorsCsv {
    private DominatorsCsv() {
    }

    public static String format(HeapIndex index, DominatorBranch tree) {
        StringBuilder out = new StringBuilder(Csv.record("depth", "parent_id", "id", "class", "shallow_bytes",
                "retained_bytes", "percent", "loader"));
        if (tree.isVirtualRoot()) {
            children(out, index, tree, 1);
        } else {
            int parent = index.immediateDominator(tree.node());
            row(out, index, 0, parent < 0 ? "" : ObjectIdText.hex(index.objectId(parent)), tree.node());
            children(out, index, tree, 1);
        }
        return out.toString();
    }

    private static void children(StringBuilder out, HeapIndex index, DominatorBranch branch, int depth) {
        String parent = branch.isVirtualRoot() ? "" : ObjectIdText.hex(index.objectId(branch.node()));
        for (DominatorBranch child : branch.children()) {
            row(out, index, depth, parent, child.node());
            children(out, index, child, depth + 1);
        }
        if (branch.hiddenCount() > 0) {
            out.append(Csv.record(String.valueOf(depth), parent, "", "(" + branch.hiddenCount() + " more)", "",
                    Long.toString(branch.hiddenBytes()), HeapShares.percentText(index, branch.hiddenBytes()), ""));
        }
    }

    private static void row(StringBuilder out, HeapIndex index, int depth, String parent, int node) {
        HeapClass c = index.classOf(node);
        long retained = index.retainedSize(node);
        out.append(Csv.record(String.valueOf(depth), parent, ObjectIdText.hex(index.objectId(node)), c.name(),
                Long.toString(index.shallowSize(node)), Long.toString(retained), HeapShares.percentText(index, retained),
                c.loader()));
    }
}
