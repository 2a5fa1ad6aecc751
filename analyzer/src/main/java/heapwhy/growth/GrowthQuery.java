package heapwhy.growth;

import java.util.regex.Pattern;

/**
 * Which growing types to show and in what order, as objgraph's {@code show_growth} does.
 *
 * @param sortBy order of the result, largest growth first
 * @param top at most this many types (0 = no limit)
 * @param filter keep only types whose key this pattern finds (null = all)
 * @param minDelta keep only types whose growth (count, or bytes when sorting by bytes) is at least this
 * @param monotonic keep only types that grew in every interval (meaningful with three or more dumps)
 */
public record GrowthQuery(SortBy sortBy, int top, Pattern filter, long minDelta, boolean monotonic) {

    public enum SortBy { COUNT, BYTES }

    /** The default view: grown by count, no limit, no filter; monotonic when there are three or more dumps. */
    public static GrowthQuery defaults(int dumpCount) {
        return new GrowthQuery(SortBy.COUNT, 0, null, 1, dumpCount >= 3);
    }
}
