package heapwhy.testdumps.scenarios;

/** STATIC_CACHE: each step adds 20_000 {@link MyCache.Entry} over 50 tenants to a static map. */
public final class StaticCacheScenario {
    static final int PER_STEP = 20_000;
    static final int TENANTS = 50;
    private static final long BASE_TIME = 1_700_000_000_000L;

    private StaticCacheScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("static_cache", args);
        snapshots.writeRunProperties();
        for (int step = 1; step <= 3; step++) {
            for (int i = 0; i < PER_STEP; i++) {
                long id = (long) (step - 1) * PER_STEP + i;
                MyCache.add("tenant-" + (id % TENANTS),
                        new MyCache.Entry(id, BASE_TIME + id * 1000, (int) (id % 997), (byte) (id & 7)));
            }
            Churn.run(500_000);
            snapshots.take(step);
        }
    }
}
