package heapwhy.report.growth;

import heapwhy.growth.TypeGrowth;
import heapwhy.report.Csv;
import heapwhy.util.SeriesText;

import java.util.ArrayList;
import java.util.List;

/** The growing types as CSV: {@code type,count_A,count_B,...,bytes_A,bytes_B,...,count_delta,bytes_delta}. */
public final class GrowthCsv {
    private GrowthCsv() {
    }

    public static String format(GrowthSelection selection) {
        int n = selection.dumpCount();
        List<String> header = new ArrayList<>();
        header.add("type");
        for (int d = 0; d < n; d++) {
            header.add("count_" + SeriesText.dumpLabel(d));
        }
        for (int d = 0; d < n; d++) {
            header.add("bytes_" + SeriesText.dumpLabel(d));
        }
        header.add("count_delta");
        header.add("bytes_delta");
        StringBuilder out = new StringBuilder(Csv.record(header));
        for (TypeGrowth type : selection.shown()) {
            List<String> row = new ArrayList<>();
            row.add(type.type());
            for (int d = 0; d < n; d++) {
                row.add(Long.toString(type.count(d)));
            }
            for (int d = 0; d < n; d++) {
                row.add(Long.toString(type.bytes(d)));
            }
            row.add(Long.toString(type.countDelta()));
            row.add(Long.toString(type.bytesDelta()));
            out.append(Csv.record(row));
        }
        return out.toString();
    }
}
