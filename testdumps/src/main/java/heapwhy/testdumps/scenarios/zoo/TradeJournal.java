package heapwhy.testdumps.scenarios.zoo;

import java.util.concurrent.ConcurrentSkipListMap;

/** Trade events by sequence number, for replay. Meant to be truncated at each checkpoint; no checkpoint runs. */
final class TradeJournal {
    static final ConcurrentSkipListMap<Long, TradeEvent> EVENTS = new ConcurrentSkipListMap<>();

    private TradeJournal() {
    }

    static void append(TradeEvent event) {
        EVENTS.put(event.sequence(), event);
    }
}
