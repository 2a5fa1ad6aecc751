package heapwhy.testdumps.scenarios;

/** LISTENER: each of 5_000 requests per step registers a {@link SessionListener} that is never removed. */
public final class ListenerScenario {
    static final int PER_STEP = 5_000;
    private static final String[] USERS = {"alice", "bob", "carol", "dave", "erin", "frank", "grace"};

    private ListenerScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("listener", args);
        snapshots.writeRunProperties();
        long checksum = 0;
        for (int step = 1; step <= 3; step++) {
            for (int i = 0; i < PER_STEP; i++) {
                long id = (long) (step - 1) * PER_STEP + i;
                checksum += handleRequest(id);
            }
            checksum += EventBus.GLOBAL.publish("step-" + step);
            Churn.run(300_000);
            snapshots.take(step);
        }
        System.out.println("checksum " + checksum);
    }

    private static int handleRequest(long id) {
        Session session = new Session(id, USERS[(int) (id % USERS.length)], 1_700_000_000_000L + id);
        EventBus.GLOBAL.register(new SessionListener(session));
        StringBuilder body = new StringBuilder();
        for (int j = 0; j < 20; j++) {
            body.append("line ").append(j).append(" of request ").append(id).append('\n');
        }
        return body.length();
    }
}
