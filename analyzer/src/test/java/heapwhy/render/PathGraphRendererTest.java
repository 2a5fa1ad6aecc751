package heapwhy.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import heapwhy.render.PathGraph.Edge;
import heapwhy.render.PathGraph.Kind;
import heapwhy.render.PathGraph.Node;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathGraphRendererTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final PathGraphRenderer renderer = new PathGraphRenderer();

    static PathGraph mapInListGraph() {
        return new PathGraph("What keeps 1 MyCache$Entry alive",
                List.of(new Node("r", Kind.ROOT, "static field", "com.example.Registry.CACHES"),
                        new Node("m", Kind.OBJECT, "java.util.HashMap", "3 entries"),
                        new Node("l", Kind.OBJECT, "java.util.ArrayList", "size 18"),
                        new Node("t", Kind.TARGET, "com.example.MyCache$Entry", "2.3 MB retained"),
                        new Node("x", Kind.MORE, "4 more referrers", "")),
                List.of(new Edge("r", "m", "static CACHES"),
                        new Edge("m", "l", "map[\"tenant-3\"]"),
                        new Edge("l", "t", "list[17]"),
                        new Edge("x", "t", "")));
    }

    @Test
    void svgShowsEveryBoxTitleDetailEdgeLabelAndTheTitle(@TempDir Path dir) throws Exception {
        PathGraph graph = mapInListGraph();
        Path file = dir.resolve("paths.svg");
        renderer.writeSvg(graph, file);

        SvgText svg = new SvgText(Files.readString(file, StandardCharsets.UTF_8));
        List<String> texts = svg.texts();
        for (Node node : graph.nodes()) {
            assertTrue(texts.contains(node.title()), () -> node.title() + " in " + texts);
            if (!node.detail().isEmpty()) {
                assertTrue(texts.contains(node.detail()), () -> node.detail() + " in " + texts);
            }
        }
        for (Edge edge : graph.edges()) {
            if (!edge.label().isEmpty()) {
                assertTrue(texts.contains(edge.label()), () -> edge.label() + " in " + texts);
            }
        }
        assertTrue(texts.contains(graph.title()), () -> graph.title() + " in " + texts);
        assertEquals(graph.nodes().size(), svg.count("node"));
        assertEquals(graph.edges().size(), svg.count("edge"));
    }

    @Test
    void pngIsAValidImage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("paths.png");
        renderer.writePng(mapInListGraph(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
    }

    @Test
    void dotFileIsTheDotText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("paths.dot");
        renderer.render(mapInListGraph(), PathGraphRenderer.Format.DOT, file);

        String dot = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(renderer.toDot(mapInListGraph()), dot);
        assertTrue(dot.startsWith("digraph"), dot);
    }

    @Test
    void formatIsChosenByFileNameEnding() {
        assertEquals(PathGraphRenderer.Format.SVG, PathGraphRenderer.Format.ofFileName("a/b.SVG"));
        assertEquals(PathGraphRenderer.Format.PNG, PathGraphRenderer.Format.ofFileName("b.png"));
        assertEquals(PathGraphRenderer.Format.DOT, PathGraphRenderer.Format.ofFileName("b.dot"));
        assertEquals(null, PathGraphRenderer.Format.ofFileName("b.gif"));
    }

    @Test
    void edgeToAnUnknownNodeIsRejected() {
        PathGraph graph = new PathGraph("t", List.of(new Node("a", Kind.ROOT, "a", "")),
                List.of(new Edge("a", "nowhere", "x")));
        assertThrows(IllegalArgumentException.class, () -> renderer.toDot(graph));
    }

    @Test
    void noFilesLeftInGraphvizJavasTemporaryFolder(@TempDir Path dir) throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
        renderer.writeSvg(mapInListGraph(), dir.resolve("a.svg"));
        long before = countEntries(temp);
        renderer.writeSvg(mapInListGraph(), dir.resolve("b.svg"));
        renderer.writePng(mapInListGraph(), dir.resolve("b.png"));
        renderer.toSvg(mapInListGraph());
        assertEquals(before, countEntries(temp));
    }

    private static long countEntries(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var entries = Files.list(dir)) {
            return entries.count();
        }
    }
}
