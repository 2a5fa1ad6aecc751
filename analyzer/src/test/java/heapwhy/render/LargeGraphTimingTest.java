package heapwhy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import heapwhy.render.PathGraph.Edge;
import heapwhy.render.PathGraph.Kind;
import heapwhy.render.PathGraph.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture of a few hundred boxes draws in about a second; the times are printed, not asserted. */
class LargeGraphTimingTest {

    /** 200 boxes: 5 roots, each above a chain of 37 or 38 objects that ends in a target, plus a "more" box. */
    static PathGraph twoHundredNodes() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            String previous = "root" + r;
            nodes.add(new Node(previous, Kind.ROOT, "static field", "com.example.Registry.CACHE" + r));
            for (int i = 0; i < (r == 4 ? 37 : 38); i++) {
                String id = "o" + r + "-" + i;
                nodes.add(new Node(id, Kind.OBJECT, "java.util.HashMap$Node", "\"key-" + i + "\""));
                edges.add(new Edge(previous, id, i == 0 ? "static CACHE" + r : "next"));
                previous = id;
            }
            String target = "t" + r;
            nodes.add(new Node(target, Kind.TARGET, "com.example.MyCache$Entry", "12,000 paths · 2.3 MB"));
            edges.add(new Edge(previous, target, "value"));
        }
        nodes.add(new Node("more", Kind.MORE, "1,234 more referrers", ""));
        edges.add(new Edge("more", "t0", ""));
        return new PathGraph("What keeps 60,000 MyCache$Entry alive", nodes, edges);
    }

    @Test
    void twoHundredNodesRenderToSvgAndPng(@TempDir Path dir) throws Exception {
        PathGraph graph = twoHundredNodes();
        assertEquals(200, graph.nodes().size());
        PathGraphRenderer renderer = new PathGraphRenderer();

        long start = System.nanoTime();
        renderer.writeSvg(graph, dir.resolve("big.svg"));
        long svgNanos = System.nanoTime() - start;
        start = System.nanoTime();
        renderer.writePng(graph, dir.resolve("big.png"));
        long pngNanos = System.nanoTime() - start;

        System.out.printf("200-node path graph: SVG %.2f s, PNG %.2f s%n", svgNanos / 1e9, pngNanos / 1e9);
        assertEquals(200, new SvgText(Files.readString(dir.resolve("big.svg"))).count("node"));
        assertTrue(Files.size(dir.resolve("big.png")) > 0);
    }
}
