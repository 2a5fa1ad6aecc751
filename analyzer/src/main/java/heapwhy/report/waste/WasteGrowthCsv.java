package heapwhy.report.waste;

import heapwhy.report.Csv;
import heapwhy.util.SeriesText;
import heapwhy.waste.growth.WasteGrowthReport;
import heapwhy.waste.growth.WasteSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * Waste across dumps as CSV, one row per inspection and per growing holder and value:
 * {@code kind,row,name,objects_A,objects_B,...,bytes_A,bytes_B,...,objects_growth,bytes_growth}. row is
 * {@code total} (name empty: every inspection, growing or not), {@code owner} or {@code example}, as in
 * {@link WasteCsv}. Dump text has its control characters escaped.
 */
public final class WasteGrowthCsv {
    private WasteGrowthCsv() {
    }

    public static String format(WasteGrowthReport report) {
        int n = report.dumps().size();
        List<String> header = new ArrayList<>(List.of("kind", "row", "name"));
        for (int d = 0; d < n; d++) {
            header.add("objects_" + SeriesText.dumpLabel(d));
        }
        for (int d = 0; d < n; d++) {
            header.add("bytes_" + SeriesText.dumpLabel(d));
        }
        header.addAll(List.of("objects_growth", "bytes_growth"));
        StringBuilder out = new StringBuilder(Csv.record(header));
        for (WasteSeries s : report.inspections()) {
            out.append(row(s, "total", ""));
        }
        for (WasteSeries s : report.owners()) {
            out.append(row(s, "owner", WasteText.clean(s.name())));
        }
        for (WasteSeries s : report.examples()) {
            out.append(row(s, "example", WasteText.clean(s.name())));
        }
        return out.toString();
    }

    private static String row(WasteSeries s, String row, String name) {
        List<String> cells = new ArrayList<>(List.of(s.kind().option(), row, name));
        s.objects().forEach(v -> cells.add(Long.toString(v)));
        s.bytes().forEach(v -> cells.add(Long.toString(v)));
        cells.add(Long.toString(s.objectsGrowth()));
        cells.add(Long.toString(s.bytesGrowth()));
        return Csv.record(cells);
    }
}
