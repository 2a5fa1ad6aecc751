package heapwhy.cli;

/** The histogram's {@code --sort} choices: retained needs {@code --retained}. */
enum HistogramSortKey {
    count, bytes, retained;

    /** The same order for the streaming histogram, which has no retained sizes. */
    SortKey plain() {
        return this == count ? SortKey.count : SortKey.bytes;
    }
}
