/**
 * The heapwhy command line's entry: Main, the root command with its help, the table of commands (CommandTable)
 * that registers every subcommand in the order --help lists them, and the error handling that turns exceptions
 * into one line and an exit code. Each command lives in a package of its own (heapwhy.cli.histogram,
 * heapwhy.cli.why, heapwhy.cli.paths for backrefs and path…); what several commands share is in
 * heapwhy.cli.common. A command only parses its options, opens the dumps, calls the analyzer and picks a
 * renderer of heapwhy.report.
 */
package heapwhy.cli;
