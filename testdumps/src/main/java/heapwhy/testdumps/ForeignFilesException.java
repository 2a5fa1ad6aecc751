package heapwhy.testdumps;

import java.io.IOException;

/**
 * A folder dumps were to be made in holds files a run does not write: it is left alone rather than replaced, and
 * the caller (whose user chose the folder) says so.
 */
public final class ForeignFilesException extends IOException {
    public ForeignFilesException(String message) {
        super(message);
    }
}
