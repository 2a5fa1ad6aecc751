package heapwhy.report.live;

import heapwhy.live.JvmProcess;
import heapwhy.report.JsonWriter;

import java.util.List;

/**
 * The live JVMs as JSON: {@code jvms} [{pid, command, heap_used, heap_max (null without a limit), uptime_ms}],
 * or, for one that could not be attached to, {pid, command, problem}.
 */
public final class PsJson {
    private PsJson() {
    }

    public static String format(List<JvmProcess> processes) {
        JsonWriter json = new JsonWriter().beginObject().name("jvms").beginArray();
        for (JvmProcess p : processes) {
            json.beginObject().name("pid").value(p.pid()).name("command").value(p.command());
            if (p.figures() == null) {
                json.name("problem").value(p.problem());
            } else {
                json.name("heap_used").value(p.figures().heapUsed());
                if (p.figures().heapMax() < 0) {
                    json.name("heap_max").value((String) null);
                } else {
                    json.name("heap_max").value(p.figures().heapMax());
                }
                json.name("uptime_ms").value(p.figures().uptimeMillis());
            }
            json.endObject();
        }
        return json.endArray().endObject().finish();
    }
}
