package heapwhy.testdumps.scenarios;

/**
 * TWO_LEAKS: each step adds {@value #EVENTS_PER_STEP} {@link AuditEvent} (24 bytes each, about 240 KB)
 * to {@link AuditTrail#EVENTS} and {@value #THUMBNAILS_PER_STEP} {@link Thumbnail} (each with its own
 * 8 KB {@code byte[]}, about 4.1 MB) to {@link ImageCache#THUMBNAILS}. By instance count the audit trail grows 20
 * times faster; by retained bytes (240 KB of events plus the list's array, against 4.1 MB of thumbnails, pixels, map
 * nodes and keys) the image cache grows about 15 times faster: a report that ranks by retained-size growth puts
 * them in the opposite order to one that ranks by count.
 */
public final class TwoLeaksScenario {
    static final int EVENTS_PER_STEP = 10_000;
    static final int THUMBNAILS_PER_STEP = 500;
    private static final long BASE_TIME = 1_700_000_000_000L;
    /** Thumbnail ids start here, beyond the Long cache, so that every key is a Long of its own. */
    private static final long FIRST_THUMBNAIL = 1_000_000L;

    private TwoLeaksScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("two_leaks", args);
        snapshots.writeRunProperties();
        for (int step = 1; step <= 3; step++) {
            for (int i = 0; i < EVENTS_PER_STEP; i++) {
                long n = (long) (step - 1) * EVENTS_PER_STEP + i;
                AuditTrail.record(BASE_TIME + n * 250, (int) (n % 17));
            }
            for (int i = 0; i < THUMBNAILS_PER_STEP; i++) {
                ImageCache.put(FIRST_THUMBNAIL + (long) (step - 1) * THUMBNAILS_PER_STEP + i);
            }
            Churn.run(500_000);
            snapshots.take(step);
        }
    }
}
