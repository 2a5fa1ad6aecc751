package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs heapwhy in-process, capturing stdout, stderr and the exit code. */
public record Run(int exitCode, String out, String err) {

    public static Run of(CommandEnvironment environment, String... args) {
        CommandLine commandLine = Cli.create(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    public static Run of(String... args) {
        return of(CommandEnvironment.real(), args);
    }

    /** Lines of stderr, without empty ones. */
    String[] errLines() {
        return err.lines().filter(line -> !line.isBlank()).toArray(String[]::new);
    }
}
