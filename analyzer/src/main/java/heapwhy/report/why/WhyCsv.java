package heapwhy.report.why;

import heapwhy.report.Csv;
import heapwhy.sites.GrowthSite;
import heapwhy.sites.SiteStep;
import heapwhy.sites.WhyReport;
import heapwhy.util.SeriesText;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing places as CSV, one row per place, the most retained growth first: {@code rank,class,holder,
 * count_A,count_B,...,retained_A,retained_B,...,count_growth,retained_growth,path}, the path from the GC root
 * in the last dump joined by →.
 */
public final class WhyCsv {
    private WhyCsv() {
    }

    public static String format(WhyReport report) {
        int n = report.dumps().size();
        List<String> header = new ArrayList<>(List.of("rank", "class", "holder"));
        for (int d = 0; d < n; d++) {
            header.add("count_" + SeriesText.dumpLabel(d));
        }
        for (int d = 0; d < n; d++) {
            header.add("retained_" + SeriesText.dumpLabel(d));
        }
        header.addAll(List.of("count_growth", "retained_growth", "path"));
        StringBuilder out = new StringBuilder(Csv.record(header));
        int rank = 0;
        for (GrowthSite site : report.sites()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(++rank), site.className(), site.holder()));
            site.counts().forEach(c -> row.add(Long.toString(c)));
            site.retained().forEach(r -> row.add(Long.toString(r)));
            row.add(Long.toString(site.countGrowth()));
            row.add(Long.toString(site.retainedGrowth()));
            StringBuilder path = new StringBuilder(site.path().rootText());
            for (SiteStep step : site.path().steps()) {
                path.append(" → ").append(step.label());
            }
            row.add(path.toString());
            out.append(Csv.record(row));
        }
        return out.toString();
    }
}
