package heapwhy.cli.common;

/** The {@code --format} choices. */
public enum OutputFormat {
    text, json, csv
}
