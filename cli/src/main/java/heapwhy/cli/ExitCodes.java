package heapwhy.cli;

/** The exit codes of every heapwhy command, as explained in {@code heapwhy --help}. */
final class ExitCodes {
    static final int OK = 0;
    /** A bug in heapwhy. */
    static final int INTERNAL_ERROR = 1;
    /** The input dump is missing, unreadable or not valid HPROF. */
    static final int BAD_DUMP = 2;
    /** Wrong command line (as BSD sysexits' EX_USAGE). */
    static final int USAGE = 64;

    private ExitCodes() {
    }
}
