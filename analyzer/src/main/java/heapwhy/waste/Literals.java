package heapwhy.waste;

/**
 * A string value as a finding shows it: in double quotes, with quotes, backslashes and control characters
 * escaped as Java writes them, cut to {@value #MAX} characters with "…".
 */
final class Literals {
    static final int MAX = 40;

    private Literals() {
    }

    static String of(String value) {
        if (value == null) {
            return "?";
        }
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(value.length(), MAX);
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never half a character
        }
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                            || (c >= '\u2066' && c <= '\u2069')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(end < value.length() ? "\"…" : "\"").toString();
    }
}
