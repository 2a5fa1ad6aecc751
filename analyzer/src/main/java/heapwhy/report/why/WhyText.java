package heapwhy.report.why;

import heapwhy.report.ShellWords;
import heapwhy.sites.GrowthSite;
import heapwhy.sites.SiteText;
import heapwhy.sites.WhyReport;
import heapwhy.util.SeriesText;
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
public final class WhyText {
    private WhyText() {
    }

    public static String format(WhyReport report, List<Path> dumps) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        int n = dumps.size();
        String last = SeriesText.dumpLabel(n - 1);
        out.append("Why the heap grows: ").append(n).append(" dumps, oldest first").append(nl);
        for (int d = 0; d < n; d++) {
            out.append("  ").append(SeriesText.dumpLabel(d)).append(" = ").append(dumps.get(d)).append("  (reachable heap ")
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
            out.append(nl).append(SiteText.format(++rank, site, n));
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
}
