package heapwhy.cli.common;

/** The exit codes of every heapwhy command, as explained in {@code heapwhy --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug in heapwhy. */
    public static final int INTERNAL_ERROR = 1;
    /** The input dump is missing, unreadable or not valid HPROF. */
    public static final int BAD_DUMP = 2;
    /** A picture was asked for but Graphviz (or writing the picture) failed. */
    public static final int PICTURE_FAILED = 3;
    /** The gui has no display to open its window on. */
    public static final int NO_DISPLAY = 4;
    /** Wrong command line (as BSD sysexits' EX_USAGE). */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
