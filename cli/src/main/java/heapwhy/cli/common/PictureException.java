package heapwhy.cli.common;

/** A picture could not be made (Graphviz missing or failing, or the file not writable): a one-line error, exit 3. */
public final class PictureException extends RuntimeException {
    PictureException(String message) {
        super(message);
    }
}
