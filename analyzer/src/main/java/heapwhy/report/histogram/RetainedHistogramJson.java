package heapwhy.report.histogram;

import heapwhy.graph.HeapClass;
import heapwhy.report.JsonParts;
import heapwhy.report.JsonWriter;
import heapwhy.summary.HeapSummary;

/** The histogram with retained sizes as one JSON object, shaped like the plain histogram's. */
public final class RetainedHistogramJson {
    private RetainedHistogramJson() {
    }

    public static String format(RetainedSelection selection) {
        HeapSummary summary = HeapSummary.of(selection.index());
        JsonWriter json = new JsonWriter().beginObject();
        json.name("dump").beginObject()
                .name("file").value(String.valueOf(summary.info().file()))
                .name("file_size").value(summary.info().fileSize())
                .name("version").value(summary.info().version())
                .name("id_size").value(summary.info().idSize())
                .name("graph_count").value(summary.objects())
                .name("graph_bytes").value(summary.shallowBytes())
                .name("unreachable_count").value(summary.unreachableObjects())
                .name("unreachable_bytes").value(summary.unreachableBytes())
                .endObject();
        json.name("layout");
        JsonParts.layout(json, summary.layout());
        json.name("warnings");
        JsonParts.strings(json, summary.warnings());
        json.name("counted").value(selection.keepUnreachable() ? "all" : "reachable");
        json.name("sort").value(selection.sortBy().name());
        json.name("filter").value(selection.filter() == null ? null : selection.filter().pattern());
        json.name("matched_classes").value(selection.matched().size());
        json.name("shown_classes").value(selection.shown().size());
        json.name("classes").beginArray();
        for (HeapClass c : selection.shown()) {
            json.beginObject()
                    .name("class").value(c.name())
                    .name("loader").value(c.loader())
                    .name("display_name").value(c.displayName())
                    .name("count").value(c.count())
                    .name("shallow_bytes").value(c.shallowBytes())
                    .name("retained_bytes").value(c.retainedBytes())
                    .endObject();
        }
        return json.endArray().endObject().finish();
    }
}
