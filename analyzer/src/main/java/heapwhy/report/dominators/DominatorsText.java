package heapwhy.report.dominators;

import heapwhy.graph.HeapIndex;
import heapwhy.report.HeapShares;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

import java.util.ArrayList;
import java.util.List;

/** The dominator tree drawn with ├─ └─ │ lines, one object per line: retained size, share, class, id. */
public final class DominatorsText {
    private DominatorsText() {
    }

    /** @param minPercent the --min-percent the tree was cut at, to say why small children are left out */
    public static String format(HeapIndex index, DominatorBranch tree, double minPercent) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Dominator tree, ").append(tree.isVirtualRoot() ? "from the GC roots" : "from one object")
                .append("; % of the reachable heap, ").append(Sizes.human(index.graphBytes())).append(" (")
                .append(Sizes.grouped(index.graphBytes())).append(" bytes):").append(nl).append(nl);
        out.append(label(index, tree)).append(nl);
        children(out, index, tree, "", minPercent);
        return out.toString();
    }

    private static void children(StringBuilder out, HeapIndex index, DominatorBranch branch, String indent,
                                 double minPercent) {
        String nl = System.lineSeparator();
        List<String> hidden = new ArrayList<>();
        if (branch.more().count() > 0) {
            hidden.add("… " + Sizes.grouped(branch.more().count()) + " more (" + Sizes.human(branch.more().bytes())
                    + ", " + HeapShares.percentText(index, branch.more().bytes()) + "%)");
        }
        if (branch.small().count() > 0) {
            // without this line a tree cut by --min-percent looks like an object that holds nothing
            int n = branch.small().count();
            hidden.add("… " + Sizes.grouped(n) + (n == 1 ? " child" : " children") + " below " + minPercent + " % ("
                    + Sizes.human(branch.small().bytes()) + ") hidden; --min-percent 0 shows "
                    + (n == 1 ? "it" : "them"));
        }
        int lines = branch.children().size() + hidden.size();
        int i = 0;
        for (DominatorBranch child : branch.children()) {
            boolean last = ++i == lines;
            out.append(indent).append(last ? "└─ " : "├─ ").append(label(index, child)).append(nl);
            children(out, index, child, indent + (last ? "   " : "│  "), minPercent);
        }
        for (String line : hidden) {
            out.append(indent).append(++i == lines ? "└─ " : "├─ ").append(line).append(nl);
        }
    }

    private static String label(HeapIndex index, DominatorBranch branch) {
        if (branch.isVirtualRoot()) {
            return Sizes.human(index.graphBytes()) + "  100.00%  all reachable objects";
        }
        int node = branch.node();
        long retained = index.retainedSize(node);
        return Sizes.human(retained) + "  " + HeapShares.percentText(index, retained) + "%  "
                + index.describe(node) + "  " + ObjectIdText.hex(index.objectId(node));
    }
}
