package heapwhy.suspects;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.paths.Step;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leak suspects on the scenario dumps, whose leaks (or lack of one) are known. */
class SuspectsOnScenarioDumpsTest {
    private static final String PACKAGE = "heapwhy.testdumps.scenarios.";

    @TempDir
    Path tmp;

    private HeapIndex open(Scenario scenario, int dump) throws IOException {
        Path file = ScenarioDumps.produce(scenario, Variant.DEFAULT).dumps().get(dump);
        return HeapIndex.open(file, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE);
    }

    /** The report as lines, for reading a failure. */
    static String text(HeapIndex index, SuspectsReport report) {
        StringBuilder out = new StringBuilder();
        for (Suspect s : report.suspects()) {
            out.append(s.kind()).append(' ').append(index.describe(s.node()))
                    .append(s.holder() == null ? "" : " held by " + s.holder().field()).append(' ').append(s.retained()).append(' ')
                    .append(String.format("%.1f%%", s.percent())).append(" → ").append(index.describe(s.accumulation()))
                    .append(" ×").append(s.childCount()).append(' ').append(s.heldClasses()).append('\n');
            if (s.chain() != null) {
                out.append("  ").append(s.chain().rootText()).append(' ')
                        .append(s.chain().steps().stream().map(Step::label).collect(Collectors.joining(" → ")))
                        .append('\n');
            }
        }
        report.classSuspects().forEach(c -> out.append("class ").append(c.heapClass().displayName()).append(' ')
                .append(String.format("%.1f%%", c.percent())).append('\n'));
        return out.toString();
    }

    @Test
    void staticCacheMapIsTheFirstSuspectAndAccumulatesTheFiftyTenantLists() throws IOException {
        try (HeapIndex index = open(Scenario.STATIC_CACHE, 2)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = text(index, report);
            System.out.println(text);
            assertFalse(report.suspects().isEmpty(), text);
            Suspect first = report.suspects().get(0);
            // the map itself, not the application loader that dominates MyCache and so the map
            assertEquals(SuspectKind.OBJECT, first.kind(), text);
            assertEquals("java.util.HashMap", index.describe(first.node()), text);
            assertEquals("static MyCache.ENTRIES", first.holder().field(), text);
            assertEquals("class " + PACKAGE + "MyCache", index.describe(first.holder().owner()), text);
            assertTrue(report.suspects().stream().noneMatch(s -> index.describe(s.node()).contains("ClassLoader")),
                    text);
            assertTrue(first.percent() > 40, text);
            String at = index.describe(first.accumulation());
            assertTrue(at.equals("java.util.HashMap") || at.equals("java.util.HashMap$Node[]"), text);
            // a bucket may chain two tenants' nodes, so the table holds up to 50 nodes and 50 lists below them
            assertTrue(first.childCount() > 40 && first.childCount() <= 50, text);
            HeldClass held = first.heldClasses().get(0);
            assertEquals("java.util.HashMap$Node", held.className(), text);
            assertEquals(first.childCount(), held.count(), text);
            assertEquals(50, countBelow(index, first.accumulation(), "java.util.ArrayList", 3), text);
            // looking through the map: what piles up is the 60,000 entries, more bytes than anything else there
            ContainedClass most = first.contents().get(0);
            assertEquals(PACKAGE + "MyCache$Entry", most.className(), first.contents().toString());
            assertEquals(60_000, most.count(), first.contents().toString());
            assertEquals(index.classes().stream().filter(c -> c.name().equals(PACKAGE + "MyCache$Entry"))
                    .findFirst().orElseThrow().shallowBytes(), most.shallowBytes());
            // then the arrays of the 50 tenants' lists
            assertEquals(new ContainedClass("java.lang.Object[]", 50, first.contents().get(1).shallowBytes()),
                    first.contents().get(1));
            assertNotNull(first.chain(), text);
            String chain = first.chain().rootText() + " "
                    + first.chain().steps().stream().map(Step::label).collect(Collectors.joining(" "));
            assertTrue(chain.contains("static MyCache.ENTRIES"), text);
        }
    }

    @Test
    void twoLeaksFirstSuspectIsTheThumbnailMapWithItsPixels() throws IOException {
        try (HeapIndex index = open(Scenario.TWO_LEAKS, 2)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = text(index, report);
            System.out.println(text);
            Suspect first = report.suspects().get(0);
            assertEquals(SuspectKind.OBJECT, first.kind(), text);
            assertEquals("java.util.HashMap", index.describe(first.node()), text);
            assertEquals(new Holder(first.holder().owner(), "static ImageCache.THUMBNAILS"), first.holder(), text);
            assertEquals("class " + PACKAGE + "ImageCache", index.describe(first.holder().owner()), text);
            // 500 thumbnails a step, three steps, each with its own 8 KB of pixels
            assertEquals("byte[]", first.contents().get(0).className(), first.contents().toString());
            assertTrue(first.contents().get(0).count() >= 1_500, first.contents().toString());
            assertTrue(first.contents().stream().anyMatch(c -> c.className().equals(PACKAGE + "Thumbnail")
                    && c.count() == 1_500), first.contents().toString());
        }
    }

    /** Objects of the class within depth levels of the dominator tree below the node. */
    private static int countBelow(HeapIndex index, int node, String className, int depth) {
        int count = 0;
        for (int child : index.dominatorTree().dominatedBy(node)) {
            count += index.describe(child).equals(className) ? 1 : 0;
            count += depth > 1 ? countBelow(index, child, className, depth - 1) : 0;
        }
        return count;
    }

    @Test
    void controlDumpAccumulatesInNoApplicationClass() throws IOException {
        try (HeapIndex index = open(Scenario.CONTROL, 0)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = text(index, report);
            System.out.println(text);
            for (Suspect s : report.suspects()) {
                assertFalse(index.describe(s.accumulation()).startsWith(PACKAGE), text);
            }
        }
    }

    @Test
    void thresholdOfAHundredPercentFindsNothingButTheWholeHeap() throws IOException {
        try (HeapIndex index = open(Scenario.STATIC_CACHE, 2)) {
            SuspectsReport report = Suspects.find(index, 99);
            assertTrue(report.suspects().isEmpty(), text(index, report));
        }
    }
}
