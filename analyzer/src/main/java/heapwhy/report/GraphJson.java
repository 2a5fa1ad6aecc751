package heapwhy.report;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;

/**
 * JSON fields of one object of the graph, shared by top and dominators. Shares of the heap are left to the
 * reader: the documents carry {@code graph_bytes}, the 100 %.
 */
public final class GraphJson {
    private GraphJson() {
    }

    /** Writes the object's fields into the open object. */
    public static void object(JsonWriter json, HeapIndex index, int node) {
        HeapClass c = index.classOf(node);
        json.name("id").value(ObjectIdText.hex(index.objectId(node)))
                .name("class").value(c.name())
                .name("loader").value(c.loader())
                .name("display_name").value(c.displayName())
                .name("shallow_bytes").value(index.shallowSize(node))
                .name("retained_bytes").value(index.retainedSize(node));
    }
}
