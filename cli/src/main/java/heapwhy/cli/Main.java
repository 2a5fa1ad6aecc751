package heapwhy.cli;

/** Entry point of the heapwhy command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.create(Services.real()).execute(args));
    }
}
