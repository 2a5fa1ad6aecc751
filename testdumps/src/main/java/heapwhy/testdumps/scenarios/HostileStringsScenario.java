package heapwhy.testdumps.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HOSTILE_STRINGS: the static map {@link #BY_NAME} maps each of {@link #HOSTILE}'s strings (quotes, backslashes,
 * line breaks, braces, HTML, DOT syntax, entities, a tab, control and bidi characters, emoji, non-ASCII, 500
 * characters, the empty string) to a {@link Victim} whose {@code name} holds the same text; one more Victim,
 * {@link #allInOne}, holds all of them concatenated. So there are {@code HOSTILE.size() + 1} Victims. One dump,
 * {@code hostile_strings-1}.
 *
 * <p>Every key and every name is a fresh, non-interned String with its own {@code byte[]} (copied from the
 * literal's chars), so that the map entry (or the Victim) is its only holder; a literal itself would also be
 * referenced from the class's constant pool cache.
 */
public final class HostileStringsScenario {
    /** The hostile texts, in insertion order of {@link #BY_NAME}. */
    static final List<String> HOSTILE = List.of(
            "\"",
            "\\",
            "say \"hi\" \\ bye",
            "line1\nline2",
            "cr\r\nlf",
            "{}",
            "<b>x</b>",
            "</script><script>alert(1)</script>",
            "->",
            "\"]; node [label=pwned",
            "]; node [label=pwned",
            "&amp;",
            "tab\there",
            "nul\u0000byte",
            "bidi\u202Eevil",
            "emoji \uD83D\uDD25\uD83D\uDC80",
            "caf\u00E9",
            "\u4E2D\u6587",
            "%s %n %d",
            "",
            "0123456789".repeat(50));
    static final Map<String, Victim> BY_NAME = new LinkedHashMap<>();
    static Victim allInOne;
    static final int VICTIMS = HOSTILE.size() + 1;

    private HostileStringsScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("hostile_strings", args);
        snapshots.writeRunProperties();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            BY_NAME.put(fresh(text), new Victim(fresh(text), i));
            all.append(text);
        }
        allInOne = new Victim(all.toString(), -1);
        if (BY_NAME.size() != HOSTILE.size() || HOSTILE.get(HOSTILE.size() - 1).length() != 500) {
            throw new IllegalStateException("hostile strings are not distinct");
        }
        snapshots.take(1);
    }

    private static String fresh(String s) {
        return new String(s.toCharArray());
    }
}
