package heapwhy.testdumps.scenarios.zoo;

import java.util.IdentityHashMap;
import java.util.Map;

/** The span of each request in flight. A request that fails never finishes its span, so the span stays. */
final class Tracing {
    static final Map<Request, Span> ACTIVE_SPANS = new IdentityHashMap<>();

    private Tracing() {
    }

    static void start(Request request, Span span) {
        ACTIVE_SPANS.put(request, span);
    }

    static void finish(Request request) {
        ACTIVE_SPANS.remove(request);
    }
}
