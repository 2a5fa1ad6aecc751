package heapwhy.report.waste;

import heapwhy.report.JsonWriter;
import heapwhy.waste.growth.WasteGrowthReport;
import heapwhy.waste.growth.WasteSeries;

import java.util.List;

/**
 * Waste across dumps as JSON: {@code dumps} [{file, heap_bytes, wasted_bytes}], {@code min_growth_bytes},
 * {@code findings} [{kind, objects, wasted_bytes, bytes_growth, grows}] for every inspection,
 * {@code owners} and {@code examples} [{kind, name, objects, wasted_bytes, objects_growth, bytes_growth}] that grow
 * (series have one value per dump, oldest first; an example's objects are its copies), {@code more_owners},
 * {@code more_examples} and {@code warnings}. Names as in {@link WasteJson}.
 */
public final class WasteGrowthJson {
    private WasteGrowthJson() {
    }

    public static String format(WasteGrowthReport report) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("dumps").beginArray();
        for (int d = 0; d < report.dumps().size(); d++) {
            json.beginObject().name("file").value(report.dumps().get(d)).name("heap_bytes")
                    .value(report.heapBytes().get(d)).name("wasted_bytes").value(report.wastedBytes().get(d))
                    .endObject();
        }
        json.endArray();
        json.name("min_growth_bytes").value(report.query().minBytes());
        json.name("findings").beginArray();
        for (WasteSeries s : report.inspections()) {
            json.beginObject().name("kind").value(s.kind().option());
            series(json.name("objects"), s.objects());
            series(json.name("wasted_bytes"), s.bytes());
            json.name("bytes_growth").value(s.bytesGrowth());
            json.name("grows").value(report.query().grows(s));
            json.endObject();
        }
        json.endArray();
        rows(json.name("owners"), report.owners());
        json.name("more_owners").value(report.moreOwners());
        rows(json.name("examples"), report.examples());
        json.name("more_examples").value(report.moreExamples());
        json.name("warnings").beginArray();
        report.warnings().forEach(json::value);
        json.endArray();
        return json.endObject().finish();
    }

    private static void rows(JsonWriter json, List<WasteSeries> rows) {
        json.beginArray();
        for (WasteSeries s : rows) {
            json.beginObject().name("kind").value(s.kind().option()).name("name").value(s.name());
            series(json.name("objects"), s.objects());
            series(json.name("wasted_bytes"), s.bytes());
            json.name("objects_growth").value(s.objectsGrowth()).name("bytes_growth").value(s.bytesGrowth());
            json.endObject();
        }
        json.endArray();
    }

    private static void series(JsonWriter json, List<Long> values) {
        json.beginInlineArray();
        values.forEach(json::value);
        json.endArray();
    }
}
