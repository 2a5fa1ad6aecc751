package shop;

import java.util.HashMap;
import java.util.Map;

/** Remembers every invoice it renders, for ever: the leak the leak check finds. */
public final class InvoiceCache {
    static final Map<Long, String> ENTRIES = new HashMap<>();
    private static long next;

    private InvoiceCache() {
    }

    public static String render(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("line ").append(i).append('\n');
        }
        String invoice = text.toString();
        ENTRIES.put(next++, invoice);
        return invoice;
    }
}
