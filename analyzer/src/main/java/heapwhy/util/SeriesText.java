package heapwhy.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** A value across dumps as people read it, the same in the CLI and the GUI: "20,000 → 40,000 → 60,000". */
public final class SeriesText {
    private SeriesText() {
    }

    /** The dump's short name, as in spreadsheets: A, B, …, Z, AA, AB, … (0 is A). */
    public static String dumpLabel(int dump) {
        StringBuilder label = new StringBuilder();
        int n = dump + 1;
        while (n > 0) {
            n--;
            label.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return label.toString();
    }

    /** The values oldest first, each as {@code text} writes it, joined by arrows. */
    public static String of(List<Long> values, LongFunction<String> text) {
        List<String> parts = new ArrayList<>();
        for (long v : values) {
            parts.add(text.apply(v));
        }
        return String.join(" → ", parts);
    }

    /** " (+20,000 per interval)" when the steps are equal, else " (+1,000, +5,000)"; empty for two values. */
    public static String perInterval(List<Long> counts) {
        return perInterval(counts, Sizes::signedGrouped);
    }

    /** As {@link #perInterval(List)}, each step as {@code signed} writes it: " (+1.2 MB per interval)". */
    public static String perInterval(List<Long> values, LongFunction<String> signed) {
        if (values.size() < 3) {
            return "";
        }
        List<String> deltas = new ArrayList<>();
        boolean equal = true;
        for (int d = 1; d < values.size(); d++) {
            long delta = values.get(d) - values.get(d - 1);
            equal &= delta == values.get(1) - values.get(0);
            deltas.add(signed.apply(delta));
        }
        return equal ? " (" + deltas.get(0) + " per interval)" : " (" + String.join(", ", deltas) + ")";
    }
}
