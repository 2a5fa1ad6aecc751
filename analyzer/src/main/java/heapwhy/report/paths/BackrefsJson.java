package heapwhy.report.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathTree;
import heapwhy.report.JsonWriter;
import heapwhy.util.ObjectIdText;

/**
 * The merged shortest paths as nested JSON: each node with its {@code kind} (root, step, target, more),
 * {@code label}, the object's {@code id} (null when several objects were merged into the node),
 * {@code class}, {@code value}, {@code paths} and {@code bytes} (sum of the targets' retained sizes), and
 * {@code children}.
 */
public final class BackrefsJson {
    private BackrefsJson() {
    }

    public static String format(HeapIndex index, BackrefsResult result) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("class").value(result.query().className());
        json.name("include_weak").value(result.query().includeWeak());
        json.name("targets").value(result.targets());
        json.name("considered").value(result.considered());
        json.name("paths").value(result.paths());
        json.name("bytes").value(result.bytes());
        json.name("without_strong_path").value(result.withoutStrongPath());
        json.name("without_path_examples").beginInlineArray();
        for (int node : result.withoutPathExamples()) {
            json.value(ObjectIdText.hex(index.objectId(node)));
        }
        json.endArray();
        json.name("cut_at_depth").value(result.cutAtDepth());
        json.name("roots").beginArray();
        for (PathTree root : result.roots()) {
            node(json, index, root);
        }
        json.endArray();
        return json.endObject().finish();
    }

    private static void node(JsonWriter json, HeapIndex index, PathTree t) {
        json.beginObject();
        json.name("kind").value(t.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.name("label").value(t.label());
        json.name("id").value(t.node() < 0 ? null : ObjectIdText.hex(index.objectId(t.node())));
        json.name("class").value(t.className());
        json.name("value").value(t.value());
        json.name("paths").value(t.count());
        json.name("bytes").value(t.bytes());
        if (t.kind() == PathTree.Kind.MORE) {
            json.name("hidden").value(t.hidden());
        }
        json.name("children").beginArray();
        for (PathTree child : t.children()) {
            node(json, index, child);
        }
        json.endArray();
        json.endObject();
    }
}
