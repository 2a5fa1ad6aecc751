package heapwhy.report.growth;

import heapwhy.growth.GrowthQuery;
import heapwhy.growth.GrowthReport;
import heapwhy.growth.TypeGrowth;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;

import java.util.List;

/**
 * The growing types a user asked for.
 *
 * @param report every type across the dumps
 * @param query the selection; its top limit is not used, {@code top} is applied here to count what was cut
 * @param grown every type the query selected, largest growth first
 * @param shown the first {@code top} of them
 */
public record GrowthSelection(GrowthReport report, GrowthQuery query, List<TypeGrowth> grown, List<TypeGrowth> shown) {

    public GrowthSelection {
        grown = List.copyOf(grown);
        shown = List.copyOf(shown);
    }

    /** @param top at most this many types; 0 or less for all */
    public static GrowthSelection of(GrowthReport report, GrowthQuery query, int top) {
        GrowthQuery all = new GrowthQuery(query.sortBy(), 0, query.filter(), query.minDelta(), query.monotonic());
        List<TypeGrowth> grown = report.select(all);
        List<TypeGrowth> shown = top > 0 && grown.size() > top ? grown.subList(0, top) : grown;
        return new GrowthSelection(report, all, grown, shown);
    }

    int dumpCount() {
        return report.dumps().size();
    }

    int notShown() {
        return grown.size() - shown.size();
    }

    /** Whether only types that grew in every interval are kept, which matters with three or more dumps. */
    boolean monotonicMatters() {
        return query.monotonic() && dumpCount() >= 3;
    }

    boolean byBytes() {
        return query.sortBy() == GrowthQuery.SortBy.BYTES;
    }

    /** The sentence for an empty result, e.g. "No type grew in every interval across 3 dumps." */
    String nothingGrewSentence() {
        StringBuilder text = new StringBuilder("No type");
        if (query.filter() != null) {
            text.append(" matching /").append(query.filter().pattern()).append('/');
        }
        text.append(" grew");
        if (query.minDelta() > 1) {
            text.append(" by at least ").append(Sizes.grouped(query.minDelta()))
                    .append(byBytes() ? " bytes" : " instances");
        } else if (byBytes()) {
            text.append(" in bytes");
        }
        int n = dumpCount();
        if (monotonicMatters()) {
            text.append(" in every interval across ").append(n).append(" dumps.");
            text.append(" (--no-monotonic also counts types that dipped in between.)");
        } else if (n == 2) {
            text.append(" from A to B.");
        } else {
            text.append(" from A to ").append(SeriesText.dumpLabel(n - 1)).append(" across ").append(n).append(" dumps.");
        }
        return text.toString();
    }
}
