package heapwhy.testdumps.scenarios;

/** Per-task context that THREAD_LOCAL appends to its pool thread's list and never removes. */
final class RequestContext {
    final long requestId;
    final String path;
    final int attempt;
    final long deadline;

    RequestContext(long requestId, String path, int attempt, long deadline) {
        this.requestId = requestId;
        this.path = path;
        this.attempt = attempt;
        this.deadline = deadline;
    }
}
