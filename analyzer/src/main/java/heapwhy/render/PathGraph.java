package heapwhy.render;

import java.util.List;

/**
 * What a picture of "what keeps these objects alive" shows, independent of how it is drawn: boxes (GC roots,
 * intermediate objects, the targets) and labelled arrows from holder to held, as objgraph's show_backrefs
 * draws them.
 *
 * @param title a line above the picture, e.g. "What keeps 60,000 MyCache$Entry alive"
 * @param nodes the boxes
 * @param edges the arrows, from holder to held
 */
public record PathGraph(String title, List<Node> nodes, List<Edge> edges) {

    public PathGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** How a box is drawn. */
    public enum Kind { ROOT, OBJECT, TARGET, MORE }

    /**
     * One box.
     *
     * @param id a key unique within the graph (any text; never shown)
     * @param kind root, object on the way, target (highlighted), or a "N more referrers" box
     * @param title the first line, e.g. the class name "java.util.HashMap" or "Java stack frame"
     * @param detail a short value or second line, e.g. "\"key-42\"", "60,000 paths · 2.3 MB retained"; may be empty
     */
    public record Node(String id, Kind kind, String title, String detail) {
    }

    /**
     * One arrow.
     *
     * @param from the holder's node id
     * @param to the held node's id
     * @param label the step, e.g. "static ENTRIES", "map[\"tenant-3\"]", "list[17]", "value"
     */
    public record Edge(String from, String to, String label) {
    }

    /** A count as the boxes show it: "60,000". */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** Bytes as the boxes show them, as the CLI's sizes: "48 KB", "2.3 MB". */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : String.format(java.util.Locale.ROOT, "%.1f", v)) + " " + units[u];
    }
}
