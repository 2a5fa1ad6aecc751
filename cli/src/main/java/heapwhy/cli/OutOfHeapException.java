package heapwhy.cli;

/** The JVM ran out of heap while reading a dump: reported in one line with a hint to give it more. Exit code 1. */
final class OutOfHeapException extends RuntimeException {
    OutOfHeapException(String message, Throwable cause) {
        super(message, cause);
    }
}
