package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;

/** Entry point of the heapwhy command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.create(CommandEnvironment.real()).execute(args));
    }
}
