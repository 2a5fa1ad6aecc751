package heapwhy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import heapwhy.render.PathGraph.Edge;
import heapwhy.render.PathGraph.Kind;
import heapwhy.render.PathGraph.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Text from a heap can hold anything: it must be drawn as text and never change the picture's structure. */
class HostileLabelsTest {

    static final List<String> HOSTILE = List.of(
            "\"",
            "say \\\"hi\\\"",
            "two\nlines",
            "{}",
            "<b>x</b>",
            "a -> b",
            "]; node [label=pwned",
            "\"]; n9 -> n0; x [label=\"",
            "&amp; &lt; & &#65;",
            "tab\there",
            "emoji \uD83E\uDDF5 é 中文",
            "\\N \\G \\E \\T \\H \\L \\l \\r \\n",
            "ends with backslash \\",
            "ends with two \\\\",
            "C:\\Windows\\new",
            "|<port> { record }|",
            "<<html>>",
            "");

    private final PathGraphRenderer renderer = new PathGraphRenderer();

    /** Node i has title HOSTILE[i] and detail HOSTILE[i+1]; edge i goes from node i to i+1 labelled HOSTILE[i]. */
    static PathGraph hostileGraph() {
        int n = HOSTILE.size();
        Kind[] kinds = Kind.values();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new Node(HOSTILE.get(i) + "#" + i, kinds[i % kinds.length], HOSTILE.get(i),
                    HOSTILE.get((i + 1) % n)));
        }
        for (int i = 0; i + 1 < n; i++) {
            edges.add(new Edge(nodes.get(i).id(), nodes.get(i + 1).id(), HOSTILE.get(i)));
        }
        return new PathGraph("title " + String.join(" ", HOSTILE.subList(0, 10)), nodes, edges);
    }

    @Test
    void hostileLabelsAreDrawnAsTheirTextWithoutExtraNodesOrEdges() throws Exception {
        PathGraph graph = hostileGraph();
        SvgText svg = new SvgText(renderer.toSvg(graph));

        assertEquals(graph.nodes().size(), svg.count("node"));
        assertEquals(graph.edges().size(), svg.count("edge"));

        List<String> texts = svg.texts();
        for (String text : HOSTILE) {
            if (text.isEmpty()) {
                continue;
            }
            for (String line : text.split("\n")) {
                assertTrue(texts.contains(line), () -> "<" + line + "> verbatim among " + texts);
            }
        }

        List<String> expectedNodes = graph.nodes().stream()
                .map(node -> normalize(node.title() + " " + node.detail())).sorted().collect(Collectors.toList());
        List<String> drawnNodes = svg.groupTexts("node").stream()
                .map(HostileLabelsTest::normalize).sorted().collect(Collectors.toList());
        assertEquals(expectedNodes, drawnNodes);

        List<String> expectedEdges = graph.edges().stream()
                .map(edge -> normalize(edge.label())).sorted().collect(Collectors.toList());
        List<String> drawnEdges = svg.groupTexts("edge").stream()
                .map(HostileLabelsTest::normalize).sorted().collect(Collectors.toList());
        assertEquals(expectedEdges, drawnEdges);

        assertEquals(List.of(normalize(graph.title())), svg.groupTexts("graph").stream()
                .map(HostileLabelsTest::normalize).collect(Collectors.toList()));
    }

    @Test
    void modelIdsNeverReachTheDotText() {
        String dot = renderer.toDot(hostileGraph());
        assertTrue(!dot.contains("#3"), dot);
    }

    @Test
    void controlCharactersDoNotBreakTheSvg() throws Exception {
        PathGraph graph = new PathGraph("nul \u0000 bell \u0007", List.of(
                new Node("a", Kind.ROOT, "esc \u001b[31m red", "del \u007f"),
                new Node("b", Kind.TARGET, "b", "")),
                List.of(new Edge("a", "b", "\u0001")));
        SvgText svg = new SvgText(renderer.toSvg(graph));
        assertEquals(2, svg.count("node"));
        assertEquals(1, svg.count("edge"));
    }

    /** Whitespace runs (a line break becomes two text elements, joined by a space) as one space. */
    static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
