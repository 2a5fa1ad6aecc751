package heapwhy.report.waste;

import heapwhy.report.JsonWriter;
import heapwhy.util.ObjectIdText;
import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteReport;

/**
 * The waste report as JSON: {@code graph_bytes}, {@code wasted_bytes} and {@code findings} [{kind (the
 * inspection's option name), objects, wasted_bytes, distinct, owners [{name, objects, bytes, example_id
 * (hex, one object that shows the waste)}], examples [{text,
 * copies, wasted_bytes}]}]. Shares are left to the reader, as in top.
 */
public final class WasteJson {
    private WasteJson() {
    }

    public static String format(WasteReport report) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("graph_bytes").value(report.graphBytes());
        json.name("wasted_bytes").value(report.wastedBytes());
        json.name("findings").beginArray();
        for (WasteFinding f : report.findings()) {
            json.beginObject();
            json.name("kind").value(f.kind().option());
            json.name("objects").value(f.objects());
            json.name("wasted_bytes").value(f.wastedBytes());
            json.name("distinct").value(f.distinct());
            json.name("owners").beginArray();
            for (WasteOwner o : f.owners()) {
                json.beginObject().name("name").value(o.name()).name("objects").value(o.objects())
                        .name("bytes").value(o.bytes()).name("example_id").value(ObjectIdText.hex(o.exampleId()))
                        .endObject();
            }
            json.endArray();
            json.name("examples").beginArray();
            for (WasteExample e : f.examples()) {
                json.beginObject().name("text").value(e.text()).name("copies").value(e.copies())
                        .name("wasted_bytes").value(e.wastedBytes()).endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        return json.endObject().finish();
    }
}
