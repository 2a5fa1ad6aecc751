package heapwhy.cli;

import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

/** The dominator tree drawn with ├─ └─ │ lines, one object per line: retained size, share, class, id. */
final class DominatorsText {
    private DominatorsText() {
    }

    static String format(HeapIndex index, DominatorBranch tree) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Dominator tree, ").append(tree.isVirtualRoot() ? "from the GC roots" : "from one object")
                .append("; % of the reachable heap, ").append(Sizes.human(index.graphBytes())).append(" (")
                .append(Sizes.grouped(index.graphBytes())).append(" bytes):").append(nl).append(nl);
        out.append(label(index, tree)).append(nl);
        children(out, index, tree, "");
        return out.toString();
    }

    private static void children(StringBuilder out, HeapIndex index, DominatorBranch branch, String indent) {
        String nl = System.lineSeparator();
        int lines = branch.children().size() + (branch.hiddenCount() > 0 ? 1 : 0);
        int i = 0;
        for (DominatorBranch child : branch.children()) {
            boolean last = ++i == lines;
            out.append(indent).append(last ? "└─ " : "├─ ").append(label(index, child)).append(nl);
            children(out, index, child, indent + (last ? "   " : "│  "));
        }
        if (branch.hiddenCount() > 0) {
            out.append(indent).append("└─ … ").append(Sizes.grouped(branch.hiddenCount())).append(" more (")
                    .append(Sizes.human(branch.hiddenBytes())).append(", ")
                    .append(ObjectIds.percentText(index, branch.hiddenBytes())).append("%)").append(nl);
        }
    }

    private static String label(HeapIndex index, DominatorBranch branch) {
        if (branch.isVirtualRoot()) {
            return Sizes.human(index.graphBytes()) + "  100.00%  all reachable objects";
        }
        int node = branch.node();
        long retained = index.retainedSize(node);
        return Sizes.human(retained) + "  " + ObjectIds.percentText(index, retained) + "%  "
                + index.describe(node) + "  " + ObjectIdText.hex(index.objectId(node));
    }
}
