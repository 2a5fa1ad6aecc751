package heapwhy.render;

/**
 * A picture could not be drawn: Graphviz's {@code dot} is missing or failed, or the output could not be written.
 * The message is one line meant for the user, e.g. "Graphviz's dot command was not found on the PATH; install
 * Graphviz: apt-get install graphviz".
 */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
