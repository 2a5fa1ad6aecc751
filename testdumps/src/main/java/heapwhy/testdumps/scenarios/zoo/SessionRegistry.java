package heapwhy.testdumps.scenarios.zoo;

import java.util.concurrent.ConcurrentHashMap;

/** The sessions of logged-in users. Sessions that time out are never logged out, so they stay. */
final class SessionRegistry {
    static final SessionRegistry INSTANCE = new SessionRegistry();

    private final ConcurrentHashMap<Long, UserSession> sessions = new ConcurrentHashMap<>();

    private SessionRegistry() {
    }

    void login(UserSession session) {
        sessions.put(session.id(), session);
    }

    void logout(long sessionId) {
        sessions.remove(sessionId);
    }
}
