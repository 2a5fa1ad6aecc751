package heapwhy.report.histogram;

/** The histogram's {@code --sort} choices: retained needs {@code --retained}. */
public enum HistogramSortKey {
    count, bytes, retained;

    /** The same order for the streaming histogram, which has no retained sizes. */
    public SortKey plain() {
        return this == count ? SortKey.count : SortKey.bytes;
    }
}
