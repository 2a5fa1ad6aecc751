package heapwhy.cli.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wraps prose at word boundaries so that it reads well in an 80-column terminal. */
public final class Paragraphs {
    public static final int WIDTH = 78;

    /** An indented line of a term, two or more spaces, and its text: "  duplicate-strings   Strings with…". */
    private static final Pattern TERM = Pattern.compile("( +\\S+(?: \\S+)*? {2,})(\\S.*)");
    private static final Pattern INDENT = Pattern.compile("( *)(.*)");
    /** The narrowest column a term's text is wrapped into; a wider term wraps under its own indentation. */
    private static final int MIN_TEXT = 20;

    private Paragraphs() {
    }

    /** The text broken into lines of at most {@code width} characters (longer words stay whole). */
    public static String wrap(String text, int width) {
        return wrap(text, width, "", "");
    }

    /**
     * One line of help broken into lines of at most {@code width} characters, each continuation indented under
     * where its text began: under the text of a term ("  --top N   the owners shown") or under the line's own
     * indentation, never at column 0.
     */
    public static String wrapHanging(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        Matcher term = TERM.matcher(line);
        if (term.matches() && term.group(1).length() <= width - MIN_TEXT) {
            return wrap(term.group(2), width, term.group(1), " ".repeat(term.group(1).length()));
        }
        Matcher indent = INDENT.matcher(line);
        indent.matches();
        return wrap(indent.group(2), width, indent.group(1), indent.group(1));
    }

    private static String wrap(String text, int width, String first, String next) {
        StringBuilder out = new StringBuilder(first);
        int lineLength = first.length();
        boolean empty = true;
        for (String word : text.trim().split("\\s+")) {
            if (!empty && lineLength + 1 + word.length() > width) {
                out.append(System.lineSeparator()).append(next);
                lineLength = next.length();
            } else if (!empty) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
            empty = false;
        }
        return out.toString();
    }
}
