package heapwhy.live;

/** Why a live JVM could not be attached to or dumped: one reason each, for a message and an exit code of its own. */
public final class LiveJvmException extends Exception {
    /** What went wrong. */
    public enum Reason {
        /** No process has that pid. */
        NO_SUCH_PROCESS,
        /** The process runs no Java VM (or one too old to attach to). */
        NOT_A_JVM,
        /** The process belongs to another user: the Attach API reaches only one's own JVMs. */
        OTHER_USER,
        /** The JVM was started with {@code -XX:+DisableAttachMechanism}. */
        ATTACH_DISABLED,
        /** The folder the dump goes to has less free space than the heap uses. */
        NO_SPACE,
        /** The JVM exited (or stopped answering) while heapwhy talked to it. */
        TARGET_EXITED,
        /** The JVM answered but refused or failed the request (its message is kept). */
        FAILED
    }

    private final Reason reason;

    public LiveJvmException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public LiveJvmException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
