package heapwhy.report.suspects;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.report.GraphJson;
import heapwhy.report.JsonWriter;
import heapwhy.suspects.ClassSuspect;
import heapwhy.suspects.ContainedClass;
import heapwhy.suspects.HeldClass;
import heapwhy.suspects.HeldObject;
import heapwhy.suspects.Holder;
import heapwhy.suspects.Suspect;
import heapwhy.suspects.SuspectsReport;
import heapwhy.util.ObjectIdText;

import java.util.Locale;

/**
 * Leak suspects as JSON: {@code suspects} [{object fields, kind (object, kept_loader, statics), holder (null or
 * {owner {object fields, description}, field, text}), own_bytes, accumulation {object fields, child_count,
 * held [{class, count, bytes}], contents [{class, count, shallow_bytes}], biggest_held [{object fields,
 * holder}]}, path {root, steps}}] and
 * {@code class_suspects}. Shares are left to the reader, as in top: the document carries {@code graph_bytes}
 * and {@code threshold_bytes}.
 */
public final class SuspectsJson {
    private SuspectsJson() {
    }

    public static String format(HeapIndex index, SuspectsReport report) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("graph_bytes").value(index.graphBytes());
        json.name("threshold_bytes").value((long) Math.ceil(index.graphBytes() * report.thresholdPercent() / 100));
        json.name("suspects").beginArray();
        for (Suspect suspect : report.suspects()) {
            json.beginObject();
            GraphJson.object(json, index, suspect.node());
            json.name("kind").value(suspect.kind().name().toLowerCase(Locale.ROOT));
            json.name("holder");
            holder(json, index, suspect.holder());
            json.name("own_bytes").value(suspect.ownBytes());
            json.name("accumulation").beginObject();
            GraphJson.object(json, index, suspect.accumulation());
            json.name("child_count").value(suspect.childCount());
            json.name("held").beginArray();
            for (HeldClass held : suspect.heldClasses()) {
                json.beginObject().name("class").value(held.className()).name("count").value(held.count())
                        .name("bytes").value(held.bytes()).endObject();
            }
            json.endArray();
            json.name("contents").beginArray();
            for (ContainedClass contained : suspect.contents()) {
                json.beginObject().name("class").value(contained.className()).name("count").value(contained.count())
                        .name("shallow_bytes").value(contained.shallowBytes()).endObject();
            }
            json.endArray();
            json.name("biggest_held").beginArray();
            for (HeldObject held : suspect.biggestHeld()) {
                json.beginObject();
                GraphJson.object(json, index, held.node());
                json.name("holder");
                holder(json, index, held.holder());
                json.endObject();
            }
            json.endArray().endObject();
            json.name("path");
            if (suspect.chain() == null) {
                json.nullValue();
            } else {
                json.beginObject().name("root").value(suspect.chain().rootText()).name("steps").beginArray();
                suspect.chain().steps().forEach(step -> json.beginObject().name("label").value(step.label())
                        .name("id").value(ObjectIdText.hex(index.objectId(step.node())))
                        .name("class").value(index.describe(step.node())).endObject());
                json.endArray().endObject();
            }
            json.endObject();
        }
        json.endArray();
        json.name("class_suspects").beginArray();
        for (ClassSuspect suspect : report.classSuspects()) {
            HeapClass c = suspect.heapClass();
            json.beginObject().name("class").value(c.name()).name("loader").value(c.loader())
                    .name("display_name").value(c.displayName()).name("count").value(c.count())
                    .name("retained_bytes").value(c.retainedBytes()).endObject();
        }
        json.endArray();
        return json.endObject().finish();
    }

    /** {owner {object fields, description}, field, text}, or null for a top-most suspect that no field holds. */
    private static void holder(JsonWriter json, HeapIndex index, Holder holder) {
        if (holder == null) {
            json.nullValue();
            return;
        }
        json.beginObject().name("owner").beginObject();
        GraphJson.object(json, index, holder.owner());
        // a class mirror's class is java.lang.Class; this says which class it stands for
        json.name("description").value(index.describe(holder.owner()));
        json.endObject().name("field").value(holder.field()).name("text").value(SuspectsText.holder(index, holder))
                .endObject();
    }
}
