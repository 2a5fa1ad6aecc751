package heapwhy.waste.growth;

/**
 * What {@link WasteGrowth#compare} reports.
 *
 * @param minBytes a holder or value grows when its wasted bytes rise in every interval and by at least this much
 *                 from the first dump to the last
 * @param minPercent an inspection is reported when it wastes at least this share (0 to 100) of the newest dump's
 *                   reachable heap
 * @param top at most this many growing holders, and as many growing values, the most growth first
 */
public record WasteGrowthQuery(long minBytes, double minPercent, int top) {
    /** The same floor as {@code heapwhy why}'s: below it, growth is a few buffers or a lazily made table. */
    public static final long DEFAULT_MIN_BYTES = 64 * 1024;
    public static final int DEFAULT_TOP = 10;

    public WasteGrowthQuery {
        if (minBytes < 0 || !(minPercent >= 0 && minPercent <= 100) || top < 1) {
            throw new IllegalArgumentException("minBytes must not be negative, minPercent from 0 to 100 and top "
                    + "at least 1");
        }
    }

    /** True when {@code s}'s waste rises in every interval and by at least {@link #minBytes} first to last. */
    public boolean grows(WasteSeries s) {
        return s.growsInEveryInterval() && s.bytesGrowth() >= minBytes;
    }

    public static WasteGrowthQuery defaults() {
        return new WasteGrowthQuery(DEFAULT_MIN_BYTES, 0, DEFAULT_TOP);
    }
}
