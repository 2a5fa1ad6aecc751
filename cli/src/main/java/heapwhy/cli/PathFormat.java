package heapwhy.cli;

/** The {@code --format} choices of backrefs and path; picture formats come with the renderer. */
enum PathFormat {
    text, json
}
