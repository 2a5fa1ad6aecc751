package heapwhy.report.dominators;

import heapwhy.graph.HeapIndex;
import heapwhy.report.GraphJson;
import heapwhy.report.JsonWriter;

/**
 * The dominator tree as nested JSON objects: each with its object's fields, {@code children}, and
 * {@code more_count}/{@code more_bytes} for all hidden children, of which
 * {@code below_min_count}/{@code below_min_bytes} were below --min-percent. The GC roots' node has {@code id} null.
 */
public final class DominatorsJson {
    private DominatorsJson() {
    }

    public static String format(HeapIndex index, DominatorBranch tree) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("graph_bytes").value(index.graphBytes());
        json.name("tree");
        branch(json, index, tree);
        return json.endObject().finish();
    }

    private static void branch(JsonWriter json, HeapIndex index, DominatorBranch branch) {
        json.beginObject();
        if (branch.isVirtualRoot()) {
            json.name("id").nullValue().name("class").value("(GC roots)").name("retained_bytes").value(index.graphBytes());
        } else {
            GraphJson.object(json, index, branch.node());
        }
        json.name("children").beginArray();
        for (DominatorBranch child : branch.children()) {
            branch(json, index, child);
        }
        json.endArray();
        json.name("more_count").value(branch.hiddenCount());
        json.name("more_bytes").value(branch.hiddenBytes());
        json.name("below_min_count").value(branch.small().count());
        json.name("below_min_bytes").value(branch.small().bytes());
        json.endObject();
    }
}
