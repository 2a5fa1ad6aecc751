package heapwhy.report.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.Chain;
import heapwhy.paths.Step;
import heapwhy.report.JsonWriter;
import heapwhy.util.ObjectIdText;

/** One object's shortest chain as JSON: {@code root}, {@code root_kind} and {@code steps} [{label, id, class}]. */
public final class PathJson {
    private PathJson() {
    }

    public static String format(HeapIndex index, int target, Chain chain, boolean includeWeak) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("target").value(ObjectIdText.hex(index.objectId(target)));
        json.name("include_weak").value(includeWeak);
        json.name("found").value(chain != null);
        if (chain != null) {
            json.name("root").value(chain.rootText());
            json.name("root_kind").value(chain.root() == null ? "class" : chain.root().kind().description());
            json.name("steps").beginArray();
            for (Step step : chain.steps()) {
                json.beginObject().name("label").value(step.label())
                        .name("id").value(ObjectIdText.hex(index.objectId(step.node())))
                        .name("class").value(index.describe(step.node())).endObject();
            }
            json.endArray();
        }
        return json.endObject().finish();
    }
}
