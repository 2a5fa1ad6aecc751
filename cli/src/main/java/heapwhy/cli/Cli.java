package heapwhy.cli;

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
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            CommandLine command = parseResult.commandSpec().commandLine();
            return new ErrorHandler().handleExecutionException(OutOfHeapException.of(e), command, parseResult);
        }
    }

    static CommandLine create(Services services) {
        CommandLine commandLine = new CommandLine(HeapwhyCommand.class, new CommandFactory(services));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setExecutionStrategy(Cli::runWithinHeap);
        return commandLine;
    }
}
