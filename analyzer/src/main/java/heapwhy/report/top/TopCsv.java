package heapwhy.report.top;

import heapwhy.graph.HeapIndex;
import heapwhy.report.Csv;
import heapwhy.report.HeapShares;
import heapwhy.util.ObjectIdText;

/** The biggest objects as CSV: {@code rank,class,id,shallow_bytes,retained_bytes,percent,loader}. */
public final class TopCsv {
    private TopCsv() {
    }

    public static String format(HeapIndex index, int[] nodes) {
        StringBuilder out = new StringBuilder(Csv.record("rank", "class", "id", "shallow_bytes", "retained_bytes",
                "percent", "loader"));
        int rank = 1;
        for (int node : nodes) {
            long retained = index.retainedSize(node);
            out.append(Csv.record(String.valueOf(rank++), index.classOf(node).name(),
                    ObjectIdText.hex(index.objectId(node)), Long.toString(index.shallowSize(node)),
                    Long.toString(retained), HeapShares.percentText(index, retained), index.classOf(node).loader()));
        }
        return out.toString();
    }
}
