package heapwhy.cli.common;

import heapwhy.live.LiveJvmException;

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
    /** No process has the pid given. */
    public static final int NO_SUCH_PROCESS = 5;
    /** The process runs no Java VM. */
    public static final int NOT_A_JVM = 6;
    /** The JVM belongs to another user. */
    public static final int OTHER_USER = 7;
    /** The JVM was started with -XX:+DisableAttachMechanism. */
    public static final int ATTACH_DISABLED = 8;
    /** Not enough free disk for the dump. */
    public static final int NO_SPACE = 9;
    /** The JVM exited while heapwhy talked to it. */
    public static final int TARGET_EXITED = 10;
    /** The JVM refused or failed what it was asked. */
    public static final int JVM_FAILED = 11;
    /** Wrong command line (as BSD sysexits' EX_USAGE). */
    public static final int USAGE = 64;

    private ExitCodes() {
    }

    /** The exit code of a failure to attach to or dump a live JVM. */
    public static int of(LiveJvmException.Reason reason) {
        return switch (reason) {
            case NO_SUCH_PROCESS -> NO_SUCH_PROCESS;
            case NOT_A_JVM -> NOT_A_JVM;
            case OTHER_USER -> OTHER_USER;
            case ATTACH_DISABLED -> ATTACH_DISABLED;
            case NO_SPACE -> NO_SPACE;
            case TARGET_EXITED -> TARGET_EXITED;
            case FAILED -> JVM_FAILED;
        };
    }
}
