package heapwhy.util;

/** Object ids as the CLI and the GUI write and read them: {@code 0x7f0012a8}, or decimal when typed so. */
public final class ObjectIdText {
    private ObjectIdText() {
    }

    /** "0x7f0012a8". */
    public static String hex(long id) {
        return "0x" + Long.toHexString(id);
    }

    /** The id as someone typed it: 0x-hex or decimal, spaces around ignored; null if it is neither. */
    public static Long parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseUnsignedLong(t.substring(2), 16);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
