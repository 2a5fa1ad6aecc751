package heapwhy.report;

import java.util.regex.Pattern;

/** Quotes a word for a POSIX shell, so that printed commands can be pasted as they are. */
public final class ShellWords {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=+,@%-]+");

    private ShellWords() {
    }

    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
