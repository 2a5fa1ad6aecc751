package heapwhy.report.waste;

import heapwhy.report.Csv;
import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteReport;

import java.util.Locale;

/**
 * The waste report as CSV, one row per finding, owner and example: {@code kind,row,name,objects,bytes,percent}.
 * row is {@code total} (name empty; objects and bytes wasted), {@code owner} (what holds the waste) or
 * {@code example} (a value or type; objects are its copies). Dump text has its control characters escaped.
 */
public final class WasteCsv {
    private WasteCsv() {
    }

    public static String format(WasteReport report) {
        StringBuilder out = new StringBuilder(Csv.record("kind", "row", "name", "objects", "bytes", "percent"));
        for (WasteFinding f : report.findings()) {
            String kind = f.kind().option();
            out.append(Csv.record(kind, "total", "", Long.toString(f.objects()), Long.toString(f.wastedBytes()),
                    percent(report, f.wastedBytes())));
            for (WasteOwner o : f.owners()) {
                out.append(Csv.record(kind, "owner", WasteText.clean(o.name()), Long.toString(o.objects()),
                        Long.toString(o.bytes()), percent(report, o.bytes())));
            }
            for (WasteExample e : f.examples()) {
                out.append(Csv.record(kind, "example", WasteText.clean(e.text()), Long.toString(e.copies()),
                        Long.toString(e.wastedBytes()), percent(report, e.wastedBytes())));
            }
        }
        return out.toString();
    }

    private static String percent(WasteReport report, long bytes) {
        return String.format(Locale.ROOT, "%.2f", report.percent(bytes));
    }
}
