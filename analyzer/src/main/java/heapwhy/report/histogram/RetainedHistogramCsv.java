package heapwhy.report.histogram;

import heapwhy.graph.HeapClass;
import heapwhy.report.Csv;

/** The histogram with retained sizes as CSV: {@code class,count,shallow_bytes,retained_bytes,loader}. */
public final class RetainedHistogramCsv {
    private RetainedHistogramCsv() {
    }

    public static String format(RetainedSelection selection) {
        StringBuilder out = new StringBuilder(Csv.record("class", "count", "shallow_bytes", "retained_bytes", "loader"));
        for (HeapClass c : selection.shown()) {
            out.append(Csv.record(c.name(), Long.toString(c.count()), Long.toString(c.shallowBytes()),
                    Long.toString(c.retainedBytes()), c.loader()));
        }
        return out.toString();
    }
}
