package heapwhy.cli;

/** The {@code --sort} choices. */
enum SortKey {
    count, bytes
}
