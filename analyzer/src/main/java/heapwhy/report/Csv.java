package heapwhy.report;

import java.util.Arrays;
import java.util.List;

/** Comma-separated values quoted as RFC 4180 says: a field with a comma, quote or line break is enclosed in quotes, quotes doubled. */
public final class Csv {
    private Csv() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One record: the fields quoted where needed, joined by commas, with a line feed at the end. */
    public static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append('\n').toString();
    }

    public static String record(String... fields) {
        return record(Arrays.asList(fields));
    }
}
