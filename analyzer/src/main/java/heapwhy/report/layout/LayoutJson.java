package heapwhy.report.layout;

import heapwhy.layout.fields.ClassLayout;
import heapwhy.layout.fields.FieldSlot;
import heapwhy.report.JsonWriter;

/**
 * One class's field layout as JSON: {@code class}, {@code legacy_layout}, {@code header_bytes}, {@code fields}
 * [{offset, size, type, name, declared_by}] by offset, {@code gap_bytes}, {@code trailing_padding},
 * {@code instance_size}.
 */
public final class LayoutJson {
    private LayoutJson() {
    }

    public static String format(ClassLayout layout) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("class").value(layout.className());
        json.name("legacy_layout").value(layout.legacy());
        json.name("header_bytes").value(layout.headerBytes());
        json.name("fields").beginArray();
        for (FieldSlot f : layout.fields()) {
            json.beginObject().name("offset").value(f.offset()).name("size").value(f.size())
                    .name("type").value(f.type()).name("name").value(f.name())
                    .name("declared_by").value(f.declaredBy()).endObject();
        }
        json.endArray();
        json.name("gap_bytes").value(layout.gapBytes());
        json.name("trailing_padding").value(layout.trailingPadding());
        json.name("instance_size").value(layout.instanceSize());
        return json.endObject().finish();
    }
}
