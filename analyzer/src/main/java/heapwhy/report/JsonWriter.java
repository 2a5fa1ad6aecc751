package heapwhy.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer that indents by two spaces. Strings are escaped as RFC 8259 requires, and
 * every character outside printable ASCII is written as a {@code \\uXXXX} escape, so the output is plain
 * ASCII whatever the terminal's encoding. Arrays opened with {@link #beginInlineArray()} stay on one line.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final Deque<Level> levels = new ArrayDeque<>();
    private boolean afterName;

    private static final class Level {
        final boolean object;
        final boolean inline;
        int size;

        Level(boolean object, boolean inline) {
            this.object = object;
            this.inline = inline;
        }
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        levels.push(new Level(true, false));
        return this;
    }

    public JsonWriter endObject() {
        return end(true, '}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        levels.push(new Level(false, false));
        return this;
    }

    /** An array written on one line, e.g. {@code [1, 2, 3]}. */
    public JsonWriter beginInlineArray() {
        beforeValue();
        out.append('[');
        levels.push(new Level(false, true));
        return this;
    }

    public JsonWriter endArray() {
        return end(false, ']');
    }

    public JsonWriter name(String name) {
        Level level = levels.peek();
        if (level == null || !level.object || afterName) {
            throw new IllegalStateException("a name belongs inside an object, before its value");
        }
        separator(level);
        quote(name, out);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        quote(value, out);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** The document, with a line feed at the end. */
    public String finish() {
        if (!levels.isEmpty() || afterName) {
            throw new IllegalStateException("unclosed object or array");
        }
        return out + "\n";
    }

    /** Appends {@code s} as a JSON string literal, quotes included. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder();
        quote(s, out);
        return out.toString();
    }

    private void beforeValue() {
        Level level = levels.peek();
        if (level == null) {
            if (out.length() > 0) {
                throw new IllegalStateException("a JSON document has one top-level value");
            }
            return;
        }
        if (level.object) {
            if (!afterName) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            afterName = false;
            return;
        }
        separator(level);
    }

    private void separator(Level level) {
        if (level.size > 0) {
            out.append(',');
        }
        if (level.inline) {
            if (level.size > 0) {
                out.append(' ');
            }
        } else {
            newline(levels.size());
        }
        level.size++;
    }

    private JsonWriter end(boolean object, char bracket) {
        Level level = levels.peek();
        if (level == null || level.object != object || afterName) {
            throw new IllegalStateException("nothing to close with " + bracket);
        }
        levels.pop();
        if (level.size > 0 && !level.inline) {
            newline(levels.size());
        }
        out.append(bracket);
        return this;
    }

    private void newline(int depth) {
        out.append('\n').append("  ".repeat(depth));
    }
}
