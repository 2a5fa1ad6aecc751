package heapwhy.report.histogram;

/** The {@code --sort} choices. */
public enum SortKey {
    count, bytes
}
