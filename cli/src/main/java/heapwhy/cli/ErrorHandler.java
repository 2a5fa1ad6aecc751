package heapwhy.cli;

import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.OutOfHeapException;
import heapwhy.cli.common.PictureException;
import heapwhy.cli.common.UnreadableDumpException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns an exception thrown by a command into the promised exit code and a short message on stderr:
 * a bad input dump is exit 2 with one line; anything else is a bug, exit 1, with a line saying where to
 * report it. The stack trace is printed only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    /** Where to report bugs; the project has no public issue tracker address yet. */
    static final String REPORT_TO = "the heapwhy maintainers";

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = debugRequested(parseResult);
        int exitCode;
        if (ex instanceof UnreadableDumpException) {
            err.println("heapwhy: error: " + ex.getMessage());
            exitCode = ExitCodes.BAD_DUMP;
        } else if (ex instanceof PictureException) {
            err.println("heapwhy: error: " + ex.getMessage());
            exitCode = ExitCodes.PICTURE_FAILED;
        } else if (ex instanceof OutOfHeapException) {
            err.println("heapwhy: error: " + ex.getMessage());
            exitCode = ExitCodes.INTERNAL_ERROR;
        } else {
            String what = ex.getMessage() == null ? ex.getClass().getName()
                    : ex.getClass().getName() + ": " + ex.getMessage();
            err.println("heapwhy: internal error: " + what);
            err.println("heapwhy: this is a bug in heapwhy; please report it to " + REPORT_TO
                    + " with the command you ran and the output of 'heapwhy --version'"
                    + (debug ? "." : ", and run it again with --debug to add the stack trace."));
            exitCode = ExitCodes.INTERNAL_ERROR;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
