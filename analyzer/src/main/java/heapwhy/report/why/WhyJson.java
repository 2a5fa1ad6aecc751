package heapwhy.report.why;

import heapwhy.report.JsonWriter;
import heapwhy.sites.GrowthSite;
import heapwhy.sites.SiteStep;
import heapwhy.sites.SiteType;
import heapwhy.sites.WhyReport;

import java.nio.file.Path;
import java.util.List;

/**
 * The growing places as JSON: {@code dumps} [{file, heap_bytes}], the minimums, {@code sites} [{class, holder,
 * counts, retained, count_growth, retained_growth, threads, types [{class, counts, bytes}], path {root,
 * steps [{label, class}]}}] (series have one value per dump, oldest first) {@code more_sites} and {@code warnings}.
 */
public final class WhyJson {
    private WhyJson() {
    }

    public static String format(WhyReport report, List<Path> dumps) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("dumps").beginArray();
        for (int d = 0; d < dumps.size(); d++) {
            json.beginObject().name("file").value(dumps.get(d).toString()).name("heap_bytes")
                    .value(report.heapBytes().get(d)).endObject();
        }
        json.endArray();
        json.name("min_growth_bytes").value(report.query().minBytes());
        json.name("min_objects").value(report.query().minObjects());
        json.name("sites").beginArray();
        for (GrowthSite site : report.sites()) {
            json.beginObject().name("class").value(site.className()).name("holder").value(site.holder());
            series(json.name("counts"), site.counts());
            series(json.name("retained"), site.retained());
            json.name("count_growth").value(site.countGrowth()).name("retained_growth").value(site.retainedGrowth());
            json.name("threads").beginInlineArray();
            site.threads().forEach(json::value);
            json.endArray();
            json.name("types").beginArray();
            for (SiteType type : site.types()) {
                json.beginObject().name("class").value(type.className());
                series(json.name("counts"), type.counts());
                series(json.name("bytes"), type.bytes());
                json.endObject();
            }
            json.endArray();
            json.name("path").beginObject().name("root").value(site.path().rootText()).name("steps").beginArray();
            for (SiteStep step : site.path().steps()) {
                json.beginObject().name("label").value(step.label()).name("class").value(step.className()).endObject();
            }
            json.endArray().endObject();
            json.endObject();
        }
        json.endArray();
        json.name("more_sites").value(report.moreSites());
        json.name("warnings").beginArray();
        report.warnings().forEach(json::value);
        json.endArray();
        return json.endObject().finish();
    }

    private static void series(JsonWriter json, List<Long> values) {
        json.beginInlineArray();
        values.forEach(json::value);
        json.endArray();
    }
}
