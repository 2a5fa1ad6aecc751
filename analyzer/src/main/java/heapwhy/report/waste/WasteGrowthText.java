package heapwhy.report.waste;

import heapwhy.report.ShellWords;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;
import heapwhy.waste.WasteKind;
import heapwhy.waste.growth.WasteGrowthReport;
import heapwhy.waste.growth.WasteSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Waste across dumps as a report that reads top to bottom, worded as {@code heapwhy why}: which dumps, each
 * inspection's waste from dump to dump, then the holders and the values whose waste grows in every interval, how
 * fast, and the command to look closer. Text from the dump has its control characters escaped.
 */
public final class WasteGrowthText {
    private WasteGrowthText() {
    }

    public static String format(WasteGrowthReport report) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        int n = report.dumps().size();
        String lastDump = ShellWords.quote(report.dumps().get(n - 1));
        out.append("Waste growth: ").append(n).append(" dumps, oldest first").append(nl);
        for (int d = 0; d < n; d++) {
            out.append("  ").append(SeriesText.dumpLabel(d)).append(" = ").append(WasteText.clean(report.dumps().get(d)))
                    .append("  (reachable heap ").append(Sizes.human(report.heapBytes().get(d))).append(", waste ")
                    .append(Sizes.human(report.wastedBytes().get(d))).append(')').append(nl);
        }
        out.append(nl);
        if (report.inspections().isEmpty()) {
            out.append("No inspection wastes ").append(report.query().minPercent())
                    .append(" % of the last dump's reachable heap or more.").append(nl);
            return out.toString();
        }
        List<String> labels = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            labels.add(SeriesText.dumpLabel(d));
        }
        out.append("Waste per inspection, ").append(String.join(" → ", labels)).append(':').append(nl);
        inspections(report.inspections()).forEach(line -> out.append("  ").append(line).append(nl));
        out.append(nl);
        String rule = (n > 2 ? "in every interval" : "from A to B") + " by " + Sizes.human(report.query().minBytes())
                + " or more";
        int found = report.owners().size() + report.moreOwners();
        if (found == 0) {
            out.append("No holder's waste grew ").append(rule).append(": the waste stays as it is, a cost rather than ")
                    .append("a leak. (What each dump wastes: heapwhy waste ").append(lastDump).append(")").append(nl);
            return out.toString();
        }
        out.append(found == 1 ? "1 holder wastes" : found + " holders waste").append(" more and more (grew ")
                .append(rule).append("), the most growth first.").append(nl);
        int rank = 0;
        for (WasteSeries owner : report.owners()) {
            out.append(nl).append('#').append(++rank).append(' ').append(line(owner)).append(nl);
            out.append("   objects ").append(counts(owner.objects())).append(nl);
            out.append("   look closer: heapwhy waste --inspection ").append(owner.kind().option()).append(' ')
                    .append(lastDump).append(nl);
        }
        if (report.moreOwners() > 0) {
            out.append(nl).append("… and ").append(report.moreOwners())
                    .append(report.moreOwners() == 1 ? " more holder" : " more holders").append(" (--top shows more).")
                    .append(nl);
        }
        if (!report.examples().isEmpty()) {
            out.append(nl).append("Values and types whose waste grew ").append(rule).append(':').append(nl);
            for (WasteSeries example : report.examples()) {
                out.append("  ").append(line(example)).append(nl);
                out.append("     ").append(isDuplicate(example.kind()) ? "copies " : "objects ")
                        .append(counts(example.objects())).append(nl);
            }
            if (report.moreExamples() > 0) {
                out.append("  … and ").append(report.moreExamples()).append(" more (--top shows more).").append(nl);
            }
        }
        return out.toString();
    }

    /** "Invoice.currency: duplicate strings 1.2 MB → 2.4 MB → 3.6 MB   +2.4 MB (+1.2 MB per interval)". */
    private static String line(WasteSeries s) {
        return WasteText.clean(s.name()) + ": " + s.kind().title().toLowerCase(Locale.ROOT) + " " + bytes(s.bytes());
    }

    private static String bytes(List<Long> bytes) {
        return SeriesText.of(bytes, Sizes::human) + "   " + Sizes.signedHuman(bytes.get(bytes.size() - 1) - bytes.get(0))
                + SeriesText.perInterval(bytes, Sizes::signedHuman);
    }

    private static String counts(List<Long> counts) {
        return SeriesText.of(counts, Sizes::grouped) + "   "
                + Sizes.signedGrouped(counts.get(counts.size() - 1) - counts.get(0)) + SeriesText.perInterval(counts);
    }

    /** One aligned line per inspection: its title, then its bytes per dump and growth. */
    private static List<String> inspections(List<WasteSeries> inspections) {
        List<String[]> rows = new ArrayList<>();
        for (WasteSeries s : inspections) {
            String title = s.kind() == WasteKind.OBJECT_OVERHEAD ? s.name() + " (not in the waste)" : s.name();
            rows.add(new String[] {title, SeriesText.of(s.bytes(), Sizes::human),
                Sizes.signedHuman(s.bytesGrowth()) + SeriesText.perInterval(s.bytes(), Sizes::signedHuman)});
        }
        int[] widths = new int[2];
        for (String[] row : rows) {
            widths[0] = Math.max(widths[0], row[0].length());
            widths[1] = Math.max(widths[1], row[1].length());
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(String.format(Locale.ROOT, "%-" + widths[0] + "s  %-" + widths[1] + "s   %s", row[0], row[1],
                    row[2]));
        }
        return lines;
    }

    private static boolean isDuplicate(WasteKind kind) {
        return kind == WasteKind.DUPLICATE_STRINGS || kind == WasteKind.DUPLICATE_ARRAYS;
    }
}
