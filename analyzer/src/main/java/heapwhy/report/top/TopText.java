package heapwhy.report.top;

import heapwhy.graph.HeapIndex;
import heapwhy.report.HeapShares;
import heapwhy.report.TextTable;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

/** The biggest objects as an aligned table for people. */
public final class TopText {
    private TopText() {
    }

    public static String format(HeapIndex index, int[] nodes) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Reachable heap: ").append(Sizes.human(index.graphBytes())).append(" (")
                .append(Sizes.grouped(index.graphBytes())).append(" bytes) = 100%").append(nl);
        out.append("Top ").append(nodes.length).append(nodes.length == 1 ? " object" : " objects")
                .append(" by retained size:").append(nl).append(nl);
        if (nodes.length == 0) {
            return out.append("The graph holds no objects.").append(nl).toString();
        }
        TextTable table = new TextTable(">num", ">retained", ">size", ">%", ">shallow", "id", "class");
        int num = 1;
        for (int node : nodes) {
            long retained = index.retainedSize(node);
            table.row(String.valueOf(num++), Sizes.grouped(retained), Sizes.human(retained),
                    HeapShares.percentText(index, retained), Sizes.grouped(index.shallowSize(node)),
                    ObjectIdText.hex(index.objectId(node)), index.describe(node));
        }
        return out.append(table.render()).toString();
    }
}
