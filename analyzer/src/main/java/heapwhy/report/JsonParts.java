package heapwhy.report;

import heapwhy.histogram.ClassHistogram;
import heapwhy.hprof.DumpInfo;
import heapwhy.layout.HeapLayout;

import java.util.List;

/** JSON pieces shared by the histogram and growth outputs. */
public final class JsonParts {
    private JsonParts() {
    }

    public static void dump(JsonWriter json, ClassHistogram histogram) {
        DumpInfo info = histogram.info();
        json.beginObject()
                .name("file").value(String.valueOf(info.file()))
                .name("file_size").value(info.fileSize())
                .name("compression").value(info.compression() == null ? null : info.compression().name())
                .name("version").value(info.version())
                .name("id_size").value(info.idSize())
                .name("timestamp_millis").value(info.timestampMillis())
                .name("total_count").value(histogram.totalCount())
                .name("total_shallow_bytes").value(histogram.totalBytes())
                .endObject();
    }

    public static void layout(JsonWriter json, HeapLayout layout) {
        json.beginObject()
                .name("description").value(layout.describe())
                .name("header_bytes").value(layout.headerBytes())
                .name("reference_bytes").value(layout.referenceBytes())
                .name("object_alignment").value(layout.objectAlignment())
                .name("source").value(layout.source())
                .endObject();
    }

    public static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }
}
