package heapwhy.render;

import guru.nidi.graphviz.attribute.Label;

/**
 * Turns arbitrary text (class names, string values from a heap) into Graphviz labels that show exactly that text.
 *
 * <p>graphviz-java's {@link Label#of} quotes {@code "} and turns line breaks into {@code \n}, but Graphviz still
 * interprets what is left of a plain label: a backslash starts an escape ({@code \N} is the node's name, {@code \l}
 * a line break) and HTML entities such as {@code &amp;} are decoded. So backslashes and ampersands are written as
 * their own escapes ({@code \\}, {@code &amp;}) before the text goes through the model API, and control characters
 * that would make the SVG invalid XML are replaced. Line breaks in the text stay line breaks.
 */
final class LabelText {

    private LabelText() {
    }

    /** One label of one or more lines; empty or null lines after the first are left out. */
    static Label of(String first, String... more) {
        var text = new StringBuilder(literal(first));
        for (String line : more) {
            if (line != null && !line.isEmpty()) {
                text.append('\n').append(literal(line));
            }
        }
        return Label.of(text.toString());
    }

    /** The text with Graphviz's own escapes neutralized; quoting and line breaks are left to {@link Label}. */
    static String literal(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
