package heapwhy.report.growth;

import heapwhy.growth.TypeGrowth;
import heapwhy.histogram.ClassHistogram;
import heapwhy.report.JsonParts;
import heapwhy.report.JsonWriter;
import heapwhy.util.SeriesText;

import java.util.List;

/** The growing types as one JSON object: the dumps, the query and a {@code types} array. */
public final class GrowthJson {
    private GrowthJson() {
    }

    public static String format(GrowthSelection selection, List<ClassHistogram> histograms) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("dumps").beginArray();
        for (int d = 0; d < histograms.size(); d++) {
            ClassHistogram histogram = histograms.get(d);
            json.beginObject().name("label").value(SeriesText.dumpLabel(d))
                    .name("file").value(String.valueOf(histogram.info().file()))
                    .name("file_size").value(histogram.info().fileSize())
                    .name("total_count").value(histogram.totalCount())
                    .name("total_shallow_bytes").value(histogram.totalBytes())
                    .name("layout").value(histogram.layout().describe())
                    .name("warnings");
            JsonParts.strings(json, histogram.warnings());
            json.endObject();
        }
        json.endArray();
        json.name("sort").value(selection.byBytes() ? "bytes" : "count");
        json.name("filter").value(selection.query().filter() == null ? null : selection.query().filter().pattern());
        json.name("min_delta").value(selection.query().minDelta());
        json.name("monotonic").value(selection.query().monotonic());
        json.name("grown_types").value(selection.grown().size());
        json.name("shown_types").value(selection.shown().size());
        json.name("types").beginArray();
        for (TypeGrowth type : selection.shown()) {
            json.beginObject().name("type").value(type.type()).name("counts").beginInlineArray();
            for (long count : type.counts()) {
                json.value(count);
            }
            json.endArray().name("bytes").beginInlineArray();
            for (long bytes : type.bytes()) {
                json.value(bytes);
            }
            json.endArray()
                    .name("count_delta").value(type.countDelta())
                    .name("bytes_delta").value(type.bytesDelta())
                    .name("grew_in_every_interval").value(type.grewInEveryInterval())
                    .endObject();
        }
        return json.endArray().endObject().finish();
    }
}
