package heapwhy.testdumps.scenarios;

/**
 * A TWO_LEAKS audit record held by {@link AuditTrail}: a long and an int, no references and no arrays, so 24 bytes
 * (12-byte header with compressed class pointers, 8 + 4 bytes of fields).
 */
public final class AuditEvent {
    final long timestamp;
    final int action;

    AuditEvent(long timestamp, int action) {
        this.timestamp = timestamp;
        this.action = action;
    }
}
