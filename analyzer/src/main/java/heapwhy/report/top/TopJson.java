package heapwhy.report.top;

import heapwhy.graph.HeapIndex;
import heapwhy.report.GraphJson;
import heapwhy.report.JsonWriter;

/** The biggest objects as one JSON object with an {@code objects} array. */
public final class TopJson {
    private TopJson() {
    }

    public static String format(HeapIndex index, int[] nodes) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("graph_bytes").value(index.graphBytes());
        json.name("objects").beginArray();
        int rank = 1;
        for (int node : nodes) {
            json.beginObject();
            json.name("rank").value(rank++);
            GraphJson.object(json, index, node);
            json.endObject();
        }
        return json.endArray().endObject().finish();
    }
}
