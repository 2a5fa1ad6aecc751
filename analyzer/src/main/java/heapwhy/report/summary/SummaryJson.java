package heapwhy.report.summary;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;
import heapwhy.report.JsonParts;
import heapwhy.report.JsonWriter;
import heapwhy.summary.HeapSummary;

import java.util.Map;

/** The summary as one JSON object. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static String format(HeapIndex index, boolean keepUnreachable) {
        HeapSummary s = HeapSummary.of(index);
        JsonWriter json = new JsonWriter().beginObject();
        json.name("dump").beginObject()
                .name("file").value(String.valueOf(s.info().file()))
                .name("file_size").value(s.info().fileSize())
                .name("compression").value(SummaryCsv.compression(s))
                .name("version").value(s.info().version())
                .name("id_size").value(s.info().idSize())
                .name("timestamp_millis").value(s.info().timestampMillis())
                .endObject();
        json.name("layout");
        JsonParts.layout(json, s.layout());
        json.name("warnings");
        JsonParts.strings(json, s.warnings());
        json.name("keep_unreachable").value(keepUnreachable);
        json.name("objects").value(s.objects());
        json.name("classes").value(s.classes());
        json.name("total_bytes").value(s.shallowBytes());
        long roots = s.rootsByKind().values().stream().mapToLong(Long::longValue).sum();
        json.name("gc_roots").value(roots);
        json.name("gc_roots_by_kind").beginArray();
        for (Map.Entry<RootKind, Long> kind : s.rootsByKind().entrySet()) {
            json.beginObject()
                    .name("kind").value(kind.getKey().name())
                    .name("description").value(kind.getKey().description())
                    .name("count").value(kind.getValue())
                    .endObject();
        }
        json.endArray();
        json.name("unreachable_objects").value(s.unreachableObjects());
        json.name("unreachable_bytes").value(s.unreachableBytes());
        json.name("unreachable_classes").beginArray();
        for (HeapClass c : s.unreachableClasses().subList(0, Math.min(SummaryText.UNREACHABLE_CLASSES,
                s.unreachableClasses().size()))) {
            json.beginObject()
                    .name("class").value(c.name())
                    .name("loader").value(c.loader())
                    .name("display_name").value(c.displayName())
                    .name("count").value(c.unreachableCount())
                    .name("bytes").value(c.unreachableBytes())
                    .endObject();
        }
        json.endArray();
        json.name("references").value(s.edges());
        json.name("dangling_references").value(s.danglingReferences());
        json.name("system_properties").beginObject();
        for (Map.Entry<String, String> p : s.systemProperties().entrySet()) {
            json.name(p.getKey()).value(p.getValue());
        }
        json.endObject();
        json.name("index").beginObject()
                .name("from_cache").value(index.fromCache())
                .name("dir").value(String.valueOf(index.indexDir()))
                .endObject();
        return json.endObject().finish();
    }
}
