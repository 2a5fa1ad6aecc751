package heapwhy.cli;

/** The {@code --format} choices of the reports that have no table form (suspects, why). */
enum ReportFormat {
    text, json
}
