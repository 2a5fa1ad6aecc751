package heapwhy.cli.common;

import heapwhy.util.Sizes;


/** The JVM ran out of heap: reported in one line with a hint to give it more. Exit code 1. */
public final class OutOfHeapException extends RuntimeException {
    OutOfHeapException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The one line for heap that ran out outside a dump's first reading (e.g. while analyzing its graph). */
    public static OutOfHeapException of(OutOfMemoryError e) {
        return new OutOfHeapException("ran out of Java heap (at most " + Sizes.human(Runtime.getRuntime().maxMemory())
                + "); give heapwhy more with e.g. HEAPWHY_JAVA_OPTS=-Xmx4g", e);
    }
}
