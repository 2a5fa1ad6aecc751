package heapwhy.cli.common;

/** The input dump cannot be used: missing, a directory, unreadable or not valid HPROF. Exit code 2, one line. */
public final class UnreadableDumpException extends RuntimeException {
    public UnreadableDumpException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableDumpException(String message) {
        super(message);
    }
}
