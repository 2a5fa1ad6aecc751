package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.OutOfHeapException;
import heapwhy.report.EscapingWriter;
import picocli.CommandLine;

/** Builds the heapwhy command line with its error handling and exit codes. */
final class Cli {
    private Cli() {
    }

    /**
     * Runs the command; running out of Java heap anywhere becomes the one-line error of {@link ErrorHandler}
     * (picocli hands only exceptions to it, and an OutOfMemoryError is not one).
     */
    private static int runWithinHeap(CommandLine.ParseResult parseResult) {
        escapeControlChars(parseResult);
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            CommandLine command = parseResult.commandSpec().commandLine();
            return new ErrorHandler().handleExecutionException(OutOfHeapException.of(e), command, parseResult);
        }
    }

    /**
     * Makes the command write stdout and stderr through {@link EscapingWriter}s (set on the root, they reach every
     * subcommand), so that text from a dump cannot drive the terminal. Help and version are left as they are:
     * picocli colors them with escape sequences of its own, and they hold no text from a dump.
     */
    private static void escapeControlChars(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()
                    || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return;
            }
        }
        CommandLine root = parseResult.commandSpec().commandLine();
        root.setOut(EscapingWriter.forOut(root.getOut()));
        root.setErr(EscapingWriter.forErr(root.getErr()));
    }

    static CommandLine create(CommandEnvironment environment) {
        CommandLine commandLine = new CommandLine(HeapwhyCommand.class, new CommandFactory(environment));
        for (CommandTable.Entry entry : CommandTable.ALL) {
            commandLine.addSubcommand(entry.type());
        }
        commandLine.addSubcommand(CommandLine.HelpCommand.class);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setExecutionStrategy(Cli::runWithinHeap);
        HelpLayout.install(commandLine);
        return commandLine;
    }
}
