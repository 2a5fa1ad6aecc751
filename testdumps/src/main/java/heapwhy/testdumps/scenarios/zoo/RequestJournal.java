package heapwhy.testdumps.scenarios.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests a thread has handled, kept per thread so recording needs no lock. Meant to be flushed and
 * removed after each request; neither happens, and pool threads live forever.
 */
final class RequestJournal {
    static final ThreadLocal<RequestJournal> CURRENT = ThreadLocal.withInitial(RequestJournal::new);

    private final List<JournalEntry> entries = new ArrayList<>();

    void record(JournalEntry entry) {
        entries.add(entry);
    }
}
