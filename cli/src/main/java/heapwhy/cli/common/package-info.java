/**
 * What several commands share: their environment (CommandEnvironment: the histogram reader, the dump producers,
 * the terminal, the home folder), opening a dump's histogram or index with progress on a terminal and one-line
 * errors (HistogramOpener, IndexOpener, DumpFiles), option checks and mixins (Options, ByteSizes, IndexChoice,
 * ObjectIdOption, OutputFormat, PathFormat), pictures, dump order, the exit codes and the exceptions that map to
 * them. It uses the analyzer and picocli, never a command package.
 */
package heapwhy.cli.common;
