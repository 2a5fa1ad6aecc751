package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * The TWO_LEAKS leak that leads by count: a static list of small {@link AuditEvent}s that only grows. Many
 * objects, few bytes.
 */
public final class AuditTrail {
    static final List<AuditEvent> EVENTS = new ArrayList<>();

    private AuditTrail() {
    }

    static void record(long timestamp, int action) {
        EVENTS.add(new AuditEvent(timestamp, action));
    }
}
