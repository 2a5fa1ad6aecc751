package heapwhy.cli;

/** The exit codes of every heapwhy command, as explained in {@code heapwhy --help}. */
final class ExitCodes {
    static final int OK = 0;
    /** A bug in heapwhy. */
    static final int INTERNAL_ERROR = 1;
    /** The input dump is missing, unreadable or not valid HPROF. */
    static final int BAD_DUMP = 2;
    /** A picture was asked for but Graphviz (or writing the picture) failed. */
    static final int PICTURE_FAILED = 3;
    /** The gui has no display to open its window on. */
    static final int NO_DISPLAY = 4;
    /** Wrong command line (as BSD sysexits' EX_USAGE). */
    static final int USAGE = 64;

    private ExitCodes() {
    }
}
