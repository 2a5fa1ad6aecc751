package heapwhy.cli;

/** The {@code --format} choices. */
enum OutputFormat {
    text, json, csv
}
