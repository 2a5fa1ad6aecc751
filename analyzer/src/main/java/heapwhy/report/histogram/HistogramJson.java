package heapwhy.report.histogram;

import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;
import heapwhy.report.JsonParts;
import heapwhy.report.JsonWriter;

/** The histogram as one JSON object: the dump, its layout, warnings, totals and a {@code classes} array. */
public final class HistogramJson {
    private HistogramJson() {
    }

    public static String format(HistogramSelection selection) {
        ClassHistogram histogram = selection.histogram();
        JsonWriter json = new JsonWriter().beginObject();
        json.name("dump");
        JsonParts.dump(json, histogram);
        json.name("layout");
        JsonParts.layout(json, histogram.layout());
        json.name("warnings");
        JsonParts.strings(json, histogram.warnings());
        json.name("sort").value(selection.sortBy().name());
        json.name("filter").value(selection.filter() == null ? null : selection.filter().pattern());
        json.name("total_classes").value(histogram.classes().size());
        json.name("matched_classes").value(selection.matched().size());
        json.name("shown_classes").value(selection.shown().size());
        json.name("classes").beginArray();
        for (ClassEntry entry : selection.shown()) {
            json.beginObject()
                    .name("class").value(entry.name())
                    .name("loader").value(entry.loader())
                    .name("display_name").value(entry.displayName())
                    .name("count").value(entry.count())
                    .name("shallow_bytes").value(entry.shallowBytes())
                    .endObject();
        }
        return json.endArray().endObject().finish();
    }
}
