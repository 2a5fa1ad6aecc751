package shop;

import java.util.Locale;

/** Formats prices; keeps nothing. */
public final class PriceFormatter {
    private PriceFormatter() {
    }

    public static String format(long cents) {
        return String.format(Locale.ROOT, "%d.%02d EUR", cents / 100, cents % 100);
    }
}
