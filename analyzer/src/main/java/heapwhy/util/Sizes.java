package heapwhy.util;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and byte sizes as people read them, the same in the CLI and the GUI: "1,234,567", "11.8 MB" (binary units, 1 MB = 2^20 bytes). */
public final class Sizes {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB", "EB"};

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?");

    private Sizes() {
    }

    /**
     * A byte size as people write it: "65536", "64KB", "1.5 MB", "2g", "512 KiB" (binary units, as {@link #human}
     * prints them); -1 when the text is no size or too big for a long.
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return -1;
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        double bytes = Double.parseDouble(m.group(1)) * (1L << shift);
        return bytes >= Long.MAX_VALUE ? -1 : (long) bytes;
    }

    /** A count with thousands separators, e.g. "1,234,567". */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A count with a sign, e.g. "+1,234", "-5", "0". */
    public static String signedGrouped(long n) {
        return n > 0 ? "+" + grouped(n) : grouped(n);
    }

    /** A byte size in the largest binary unit that keeps it at least 1, one decimal: "512 B", "1.2 KB", "11.8 MB". */
    public static String human(long bytes) {
        if (bytes == Long.MIN_VALUE) {
            return "-8.0 EB";
        }
        if (bytes < 0) {
            return "-" + human(-bytes);
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        if (String.format(Locale.ROOT, "%.1f", value).equals("1024.0") && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A byte size with a sign, e.g. "+1.2 MB", "-512 B", "0 B". */
    public static String signedHuman(long bytes) {
        return bytes > 0 ? "+" + human(bytes) : human(bytes);
    }

    /** Megabytes (2^20 bytes) with one decimal, without the unit. */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** "52.92": {@code part} as a share of {@code whole}, 0 to 100 with two decimals (0.00 when whole is 0). */
    public static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f", whole > 0 ? part * 100.0 / whole : 0);
    }
}
