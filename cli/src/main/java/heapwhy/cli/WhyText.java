package heapwhy.cli;

import heapwhy.classes.ClassNames;
import heapwhy.sites.GrowthSite;
import heapwhy.sites.SiteStep;
import heapwhy.sites.SiteType;
import heapwhy.sites.WhyReport;
import heapwhy.util.Sizes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The growing places as a report that reads top to bottom: which dumps, then per place what piles up where,
 * how fast, what it retains, the types that grow under it, the path that holds it and the command to look
 * closer.
 */
final class WhyText {
    private WhyText() {
    }

    static String format(WhyReport report, List<Path> dumps) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        int n = dumps.size();
        String last = DumpLabels.of(n - 1);
        out.append("Why the heap grows: ").append(n).append(" dumps, oldest first").append(nl);
        for (int d = 0; d < n; d++) {
            out.append("  ").append(DumpLabels.of(d)).append(" = ").append(dumps.get(d)).append("  (reachable heap ")
                    .append(Sizes.human(report.heapBytes().get(d))).append(')').append(nl);
        }
        out.append(nl);
        String rule = (n > 2 ? "in every interval" : "from A to B") + " by " + Sizes.human(report.query().minBytes())
                + " or more";
        int found = report.sites().size() + report.moreSites();
        if (found == 0) {
            out.append("No place in the object graph grew ").append(rule)
                    .append(": nothing keeps accumulating. (Which types grew at all: heapwhy growth.)").append(nl);
            if (shrinks(report.heapBytes())) {
                out.append("The reachable heap shrinks from A to ").append(last)
                        .append(": were the dumps given newest first? They go oldest first.").append(nl);
            }
            return out.toString();
        }
        out.append(found == 1 ? "1 place keeps" : found + " places keep").append(" accumulating objects (grew ")
                .append(rule).append("), the most retained growth first.").append(nl);
        int rank = 0;
        for (GrowthSite site : report.sites()) {
            out.append(nl).append('#').append(++rank).append(' ').append(ClassNames.simpleName(site.className()))
                    .append(" piles up in ").append(site.holder()).append(nl);
            out.append("   objects   ").append(series(site.counts(), Sizes::grouped)).append("   ")
                    .append(Sizes.signedGrouped(site.countGrowth())).append(perInterval(site.counts())).append(nl);
            out.append("   retained  ").append(series(site.retained(), Sizes::human)).append("   ")
                    .append(Sizes.signedHuman(site.retainedGrowth())).append(nl);
            if (!site.types().isEmpty()) {
                out.append("   growing under it, A → ").append(last).append(':').append(nl);
                TextTable table = new TextTable("type", ">objects", ">+objects", ">+shallow");
                for (SiteType type : site.types()) {
                    table.row(type.className(), Sizes.grouped(type.counts().get(0)) + " → " + Sizes.grouped(type.counts().get(n - 1)),
                            Sizes.signedGrouped(type.countGrowth()), Sizes.signedHuman(type.bytesGrowth()));
                }
                table.render().lines().skip(1).forEach(line -> out.append("     ").append(line.stripTrailing()).append(nl));
            }
            out.append("   held by (path in ").append(last).append(threads(site)).append("):").append(nl);
            out.append("     ").append(site.path().rootText()).append(nl);
            for (SiteStep step : site.path().steps()) {
                out.append("       → ").append(step.label()).append("  ").append(step.className()).append(nl);
            }
            out.append("   look closer: heapwhy backrefs --class ").append(ShellWords.quote(site.className())).append(' ')
                    .append(ShellWords.quote(dumps.get(n - 1).toString())).append(nl);
        }
        if (report.moreSites() > 0) {
            out.append(nl).append("… and ").append(report.moreSites()).append(report.moreSites() == 1 ? " more place" : " more places")
                    .append(" (--top shows more).").append(nl);
        }
        return out.toString();
    }

    private static boolean shrinks(List<Long> heapBytes) {
        for (int d = 1; d < heapBytes.size(); d++) {
            if (heapBytes.get(d) >= heapBytes.get(d - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String series(List<Long> values, LongFunction<String> text) {
        List<String> parts = new ArrayList<>();
        for (long v : values) {
            parts.add(text.apply(v));
        }
        return String.join(" → ", parts);
    }

    /** " (+20,000 per interval)" when the steps are equal, else " (+1,000, +5,000)"; empty for two dumps. */
    private static String perInterval(List<Long> counts) {
        if (counts.size() < 3) {
            return "";
        }
        List<String> deltas = new ArrayList<>();
        boolean equal = true;
        for (int d = 1; d < counts.size(); d++) {
            long delta = counts.get(d) - counts.get(d - 1);
            equal &= delta == counts.get(1) - counts.get(0);
            deltas.add(Sizes.signedGrouped(delta));
        }
        return equal ? " (" + deltas.get(0) + " per interval)" : " (" + String.join(", ", deltas) + ")";
    }

    private static String threads(GrowthSite site) {
        if (site.threads().size() < 2) {
            return "";
        }
        return "; one of " + site.threads().size() + " alike threads";
    }
}
