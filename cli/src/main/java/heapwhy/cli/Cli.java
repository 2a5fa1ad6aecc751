package heapwhy.cli;

import picocli.CommandLine;

/** Builds the heapwhy command line with its error handling and exit codes. */
final class Cli {
    private Cli() {
    }

    static CommandLine create(Services services) {
        CommandLine commandLine = new CommandLine(HeapwhyCommand.class, new CommandFactory(services));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine;
    }
}
