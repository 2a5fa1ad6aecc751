package heapwhy.report.live;

import heapwhy.live.JvmProcess;
import heapwhy.report.Csv;

import java.util.List;

/**
 * The live JVMs as CSV: {@code pid,heap_used,heap_max,uptime_ms,command,problem}; figures empty (and problem
 * set) for a JVM that could not be attached to, heap_max empty for a heap without a limit.
 */
public final class PsCsv {
    private PsCsv() {
    }

    public static String format(List<JvmProcess> processes) {
        StringBuilder out = new StringBuilder(Csv.record("pid", "heap_used", "heap_max", "uptime_ms", "command",
                "problem"));
        for (JvmProcess p : processes) {
            boolean known = p.figures() != null;
            out.append(Csv.record(Long.toString(p.pid()), known ? Long.toString(p.figures().heapUsed()) : "",
                    known && p.figures().heapMax() >= 0 ? Long.toString(p.figures().heapMax()) : "",
                    known ? Long.toString(p.figures().uptimeMillis()) : "", p.command(),
                    p.problem() == null ? "" : p.problem()));
        }
        return out.toString();
    }
}
