package heapwhy.report;

/**
 * The characters that must not reach a terminal raw: they come from dumps (class names, strings, thread names)
 * and a terminal acts on them: ESC starts a sequence that can reset it, retitle it or rewrite the screen, BEL
 * rings, C1 codes such as CSI (U+009B) do what ESC [ does, and the bidi controls reorder what is shown so that
 * text reads as something it is not. Each is written as the {@code \\uXXXX} escape Java and JSON use.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** C0 (line feed and tab included: callers let through their own), DEL, C1 and the bidi embeddings, overrides and isolates. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    static void appendEscape(StringBuilder out, char c) {
        out.append(String.format("\\u%04x", (int) c));
    }
}
