package heapwhy.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that lets through only the control characters of heapwhy's own layout (line breaks, tabs, and on
 * stderr the carriage return that redraws the progress line) and escapes the rest (see {@link ControlChars}).
 * Every command writes through one, so no text from a dump can reach the terminal raw, whatever prints it.
 */
public final class EscapingWriter extends FilterWriter {
    private final String layout;

    /** @param layout the control characters let through as they are */
    private EscapingWriter(Writer out, String layout) {
        super(out);
        this.layout = layout;
    }

    /** For stdout: line breaks ({@link System#lineSeparator()}) and tabs pass. */
    public static PrintWriter forOut(PrintWriter out) {
        return wrap(out, "\n\t" + System.lineSeparator());
    }

    /** For stderr: also the carriage return of the progress line. */
    public static PrintWriter forErr(PrintWriter err) {
        return wrap(err, "\n\t\r" + System.lineSeparator());
    }

    private static PrintWriter wrap(PrintWriter writer, String layout) {
        return new PrintWriter(new EscapingWriter(writer, layout), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        StringBuilder escaped = null;
        for (int i = off; i < off + len; i++) {
            char c = text.charAt(i);
            if (ControlChars.isControl(c) && layout.indexOf(c) < 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(len + 8).append(text, off, i);
                }
                ControlChars.appendEscape(escaped, c);
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        if (escaped == null) {
            out.write(text, off, len);
        } else {
            out.write(escaped.toString());
        }
    }
}
