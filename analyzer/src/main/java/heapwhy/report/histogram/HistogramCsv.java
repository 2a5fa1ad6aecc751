package heapwhy.report.histogram;

import heapwhy.histogram.ClassEntry;
import heapwhy.report.Csv;

/** The histogram as CSV: {@code class,count,shallow_bytes,loader}, exact numbers, empty loader for the boot loader. */
public final class HistogramCsv {
    private HistogramCsv() {
    }

    public static String format(HistogramSelection selection) {
        StringBuilder out = new StringBuilder(Csv.record("class", "count", "shallow_bytes", "loader"));
        for (ClassEntry entry : selection.shown()) {
            out.append(Csv.record(entry.name(), Long.toString(entry.count()), Long.toString(entry.shallowBytes()),
                    entry.loader()));
        }
        return out.toString();
    }
}
