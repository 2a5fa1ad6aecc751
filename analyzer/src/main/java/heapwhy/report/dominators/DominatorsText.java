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
        out.append(header(index, tree.isVirtualRoot())).append(nl).append(nl);
        out.append(label(index, tree)).append(nl);
        children(out, index, tree, "", minPercent);
        return out.toString();
    }

    /** The line above the tree: where it starts and what the shares are shares of. */
    public static String header(HeapIndex index, boolean fromRoots) {
        return "Dominator tree, " + (fromRoots ? "from the GC roots" : "from one object")
                + "; % of the reachable heap, " + Sizes.human(index.graphBytes()) + " ("
                + Sizes.grouped(index.graphBytes()) + " bytes):";
    }

    /** "… 1,100 more (52.9 KB, 1.05%)": the children not shown and what they retain. */
    public static String more(HeapIndex index, int count, long bytes) {
        return "… " + Sizes.grouped(count) + " more (" + Sizes.human(bytes) + ", "
                + HeapShares.percentText(index, bytes) + "%)";
    }

    private static void children(StringBuilder out, HeapIndex index, DominatorBranch branch, String indent,
                                 double minPercent) {
        String nl = System.lineSeparator();
        List<String> hidden = new ArrayList<>();
        if (branch.more().count() > 0) {
            hidden.add(more(index, branch.more().count(), branch.more().bytes()));
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
