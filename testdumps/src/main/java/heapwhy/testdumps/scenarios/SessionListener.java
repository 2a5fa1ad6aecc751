package heapwhy.testdumps.scenarios;

/** Registered once per request and never removed: keeps its {@link Session} alive. */
final class SessionListener implements Listener {
    private final Session session;

    SessionListener(Session session) {
        this.session = session;
    }

    @Override
    public int onEvent(String event) {
        return session.user.length() + event.length();
    }
}
