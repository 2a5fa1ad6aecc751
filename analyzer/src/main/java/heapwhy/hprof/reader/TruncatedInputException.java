package heapwhy.hprof.reader;

import java.io.EOFException;

/** The input ended before a value the reader needed; carries where that value started. */
final class TruncatedInputException extends EOFException {
    final long offset;

    TruncatedInputException(long offset, String what) {
        super(what);
        this.offset = offset;
    }
}
