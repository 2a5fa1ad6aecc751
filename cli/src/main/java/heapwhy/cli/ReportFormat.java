package heapwhy.cli;

/** The {@code --format} choices of suspects. */
enum SuspectsFormat {
    text, json
}
