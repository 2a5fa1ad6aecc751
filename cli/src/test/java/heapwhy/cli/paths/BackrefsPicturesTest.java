package heapwhy.cli.paths;

import heapwhy.cli.Run;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pictures of what keeps objects alive, drawn from real scenario dumps by the real commands. */
class BackrefsPicturesTest {
    @TempDir
    Path tmp;

    private Path lastDump(Scenario scenario) throws IOException {
        List<Path> dumps = ScenarioDumps.produce(scenario, Variant.DEFAULT).dumps();
        return dumps.get(dumps.size() - 1);
    }

    private Run backrefs(Scenario scenario, String className, Path output, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("backrefs", "--index-dir", tmp.resolve("index").toString(),
                "--class", "heapwhy.testdumps.scenarios." + className));
        if (output != null) {
            args.add("-o");
            args.add(output.toString());
        }
        args.addAll(List.of(more));
        args.add(lastDump(scenario).toString());
        return Run.of(args.toArray(String[]::new));
    }

    /** The text of every text element of an SVG file (entities decoded, lines joined by spaces). */
    private static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList texts = doc.getElementsByTagName("text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            result.add(texts.item(i).getTextContent());
        }
        return result;
    }

    private static void assertHasText(List<String> texts, String part) {
        assertTrue(texts.stream().anyMatch(t -> t.contains(part)), "no \"" + part + "\" in " + texts);
    }

    @Test
    void staticCacheSvgShowsTheStaticFieldAndTheMapStepAndPngIsAnImage() throws Exception {
        Path svg = tmp.resolve("cache.svg");
        Run run = backrefs(Scenario.STATIC_CACHE, "MyCache$Entry", svg);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote " + svg.toAbsolutePath()), run.out());
        List<String> texts = svgTexts(svg);
        assertHasText(texts, "static MyCache.ENTRIES");
        assertHasText(texts, "map[\"tenant-");
        assertHasText(texts, "list[");

        Path png = tmp.resolve("cache.png");
        assertEquals(0, backrefs(Scenario.STATIC_CACHE, "MyCache$Entry", png).exitCode());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.toString());
    }

    @Test
    void listenerSvgGoesThroughTheListenerCollection() throws Exception {
        Path svg = tmp.resolve("listener.svg");
        assertEquals(0, backrefs(Scenario.LISTENER, "Session", svg).exitCode());
        List<String> texts = svgTexts(svg);
        assertHasText(texts, "listeners");
        assertHasText(texts, "list[");
    }

    @Test
    void threadLocalSvgGoesThroughThePoolThreadsThreadLocalMap() throws Exception {
        Path svg = tmp.resolve("threadlocal.svg");
        assertEquals(0, backrefs(Scenario.THREAD_LOCAL, "RequestContext", svg).exitCode());
        List<String> texts = svgTexts(svg);
        assertHasText(texts, "thread");
        assertHasText(texts, "threadLocal");
    }

    @Test
    void hostileMapKeysFromARealDumpAppearAsTextAndCannotInjectIntoThePicture() throws Exception {
        Path svg = tmp.resolve("hostile.svg");
        Path dot = tmp.resolve("hostile.dot");
        assertEquals(0, backrefs(Scenario.HOSTILE_STRINGS, "Victim", svg, "--too-many", "100", "--by-key").exitCode());
        assertEquals(0, backrefs(Scenario.HOSTILE_STRINGS, "Victim", dot, "--too-many", "100", "--by-key").exitCode());
        String source = Files.readString(dot);
        assertTrue(!source.contains("label=pwned\"") && !source.contains("\nnode [label=pwned"), source);
        List<String> texts = svgTexts(svg);
        assertHasText(texts, "]; node [label=pwned");
        assertHasText(texts, "<b>x</b>");
        String svgSource = Files.readString(svg);
        int nodes = svgSource.split("class=\"node\"", -1).length - 1;
        int edges = svgSource.split("class=\"edge\"", -1).length - 1;
        assertEquals(nodes - 1, edges, "a tree of " + nodes + " boxes has one arrow fewer");
    }

    @Test
    void objectsHeldOnlyWeaklyHaveNoStrongPathUntilWeakReferencesAreIncluded() throws IOException {
        Run strong = backrefs(Scenario.WEAK_HOLDER, "WeaklyHeld", null);
        assertEquals(0, strong.exitCode(), strong.err());
        assertTrue(strong.out().contains("--include-weak"), strong.out());
        assertTrue(!strong.out().contains("referent"), strong.out());
        Run weak = backrefs(Scenario.WEAK_HOLDER, "WeaklyHeld", null, "--include-weak");
        assertEquals(0, weak.exitCode(), weak.err());
        assertTrue(weak.out().contains("referent"), weak.out());
        Run held = backrefs(Scenario.WEAK_HOLDER, "StronglyHeld", null);
        assertTrue(held.out().contains("StrongHolder"), held.out());
    }
}
