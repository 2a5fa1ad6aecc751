package heapwhy.cli;

/** The input dump cannot be used: missing, a directory, unreadable or not valid HPROF. Exit code 2, one line. */
final class UnreadableDumpException extends RuntimeException {
    UnreadableDumpException(String message, Throwable cause) {
        super(message, cause);
    }

    UnreadableDumpException(String message) {
        super(message);
    }
}
