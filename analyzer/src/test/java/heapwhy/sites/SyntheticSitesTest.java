package heapwhy.sites;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-made dumps of one "program" at three moments. Static {@code Holder.BAG} → a {@code Bag} whose
 * {@code right} Object[] holds 10·k Items (grows) and whose {@code left} Object[] always holds 10 (does not);
 * static {@code Holder.CHAIN} → a linked list of 5·k {@code Node}s ({@code next}); static {@code Holder.FILLED}
 * is null in the first dump and an Object[] of 50 Items in the other two (a cache that fills once).
 */
class SyntheticSitesTest {
    @TempDir
    Path tmp;

    /** Sizes of one Item, one Node and one Object[50] as the synthetic layout makes them. */
    private long itemSize;
    private long nodeSize;
    private long filledArraySize;

    private Path dump(int k) {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long item = h.declareClass("com/example/Item").field("value", BasicType.LONG).define();
        long node = h.declareClass("com/example/Node").field("value", BasicType.LONG).field("next", BasicType.OBJECT)
                .define();
        long bag = h.declareClass("com/example/Bag").field("left", BasicType.OBJECT).field("right", BasicType.OBJECT)
                .define();
        long[] left = new long[10];
        for (int i = 0; i < left.length; i++) {
            left[i] = h.instance(item).set("value", i).add();
        }
        long[] right = new long[10 * k];
        for (int i = 0; i < right.length; i++) {
            right[i] = h.instance(item).set("value", 100 + i).add();
        }
        long theBag = h.instance(bag).set("left", h.objectArray("[Ljava/lang/Object;", left))
                .set("right", h.objectArray("[Ljava/lang/Object;", right)).add();
        long next = 0;
        for (int i = 0; i < 5 * k; i++) {
            next = h.instance(node).set("value", i).set("next", next).add();
        }
        long filled = 0;
        if (k > 1) {
            long[] once = new long[50];
            for (int i = 0; i < once.length; i++) {
                once[i] = h.instance(item).set("value", 1000 + i).add();
            }
            filled = h.objectArray("[Ljava/lang/Object;", once);
            filledArraySize = h.sizeOf(filled);
        }
        long holder = h.declareClass("com/example/Holder").staticObject("BAG", theBag).staticObject("CHAIN", next)
                .staticObject("FILLED", filled).define();
        h.root(RootKind.STICKY_CLASS, holder);
        itemSize = h.sizeOf(right[0]);
        nodeSize = h.sizeOf(next);
        return h.writeTo(tmp.resolve("moment-" + k + ".hprof"));
    }

    private WhyReport why(int... moments) throws IOException {
        List<HeapIndex> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (int k : moments) {
                indexes.add(HeapIndex.open(dump(k), IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                        ProgressListener.NONE));
                names.add("moment-" + k);
            }
            return GrowthSites.find(indexes, names, new SiteQuery(0, 1, 10, 5));
        } finally {
            for (HeapIndex index : indexes) {
                index.close();
            }
        }
    }

    @Test
    void threeDumpsReportTheGrowingArrayAndTheGrowingChainButNotTheCacheThatFilledOnce() throws IOException {
        WhyReport report = why(1, 2, 3);
        String text = WhyOnScenarioDumpsTest.text(report);
        assertEquals(2, report.sites().size(), text);
        GrowthSite items = report.sites().get(0);
        assertEquals("com.example.Item", items.className(), text);
        assertEquals(List.of(10L, 20L, 30L), items.counts(), text);
        assertEquals(List.of(10 * itemSize, 20 * itemSize, 30 * itemSize), items.retained(), text);
        assertEquals("static Holder.BAG → com.example.Bag · right → java.lang.Object[] · […] → com.example.Item",
                WhyOnScenarioDumpsTest.steps(items), text);
        assertEquals("Bag.right (Object[])", items.holder(), text);

        GrowthSite chain = report.sites().get(1);
        assertEquals("com.example.Node", chain.className(), text);
        assertEquals(List.of(5L, 10L, 15L), chain.counts(), text);
        // the head retains the whole list: one run of alike objects, counted once
        assertEquals(List.of(5 * nodeSize, 10 * nodeSize, 15 * nodeSize), chain.retained(), text);
        assertEquals("static Holder.CHAIN (Node, linked by next)", chain.holder(), text);
    }

    @Test
    void twoDumpsReportTheCacheThatFilledAtItsArrayTheHighestGrowingPlace() throws IOException {
        WhyReport report = why(1, 2);
        String text = WhyOnScenarioDumpsTest.text(report);
        assertEquals(3, report.sites().size(), text);
        GrowthSite filled = report.sites().get(0);
        // the place is the array; what piles up in it, the items, names it and gives its counts
        assertEquals("com.example.Item", filled.className(), text);
        assertEquals(List.of(0L, 50L), filled.counts(), text);
        assertEquals(List.of(0L, filledArraySize + 50 * itemSize), filled.retained(), text);
        assertEquals("static Holder.FILLED (Object[])", filled.holder(), text);
        assertEquals(List.of("com.example.Item", "java.lang.Object[]"),
                filled.types().stream().map(SiteType::className).toList(), text);
        assertEquals(List.of(0L, 50L), filled.types().get(0).counts(), text);
    }

    @Test
    void minimumGrowthLeavesOutSmallerSites() throws IOException {
        List<HeapIndex> indexes = new ArrayList<>();
        try {
            for (int k = 1; k <= 3; k++) {
                indexes.add(HeapIndex.open(dump(k), IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                        ProgressListener.NONE));
            }
            List<String> names = List.of("a", "b", "c");
            WhyReport byBytes = GrowthSites.find(indexes, names, new SiteQuery(20 * itemSize, 1, 10, 5));
            assertEquals(List.of("com.example.Item"), byBytes.sites().stream().map(GrowthSite::className).toList());
            WhyReport limited = GrowthSites.find(indexes, names, new SiteQuery(0, 1, 1, 5));
            assertEquals(1, limited.sites().size());
            assertEquals(1, limited.moreSites());
            WhyReport byObjects = GrowthSites.find(indexes, names, new SiteQuery(0, 11, 10, 5));
            assertEquals(List.of("com.example.Item"), byObjects.sites().stream().map(GrowthSite::className).toList());
        } finally {
            for (HeapIndex index : indexes) {
                index.close();
            }
        }
    }

    @Test
    void dumpsOfUnrelatedHeapsAreWarnedAbout() throws IOException {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long thing = h.declareClass("com/other/Thing").field("value", BasicType.LONG).define();
        long[] things = new long[100];
        for (int i = 0; i < things.length; i++) {
            things[i] = h.instance(thing).set("value", i).add();
        }
        long registry = h.declareClass("com/other/Registry")
                .staticObject("ALL", h.objectArray("[Ljava/lang/Object;", things)).define();
        h.root(RootKind.STICKY_CLASS, registry);
        Path other = h.writeTo(tmp.resolve("other.hprof"));
        try (HeapIndex first = HeapIndex.open(dump(1), IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                ProgressListener.NONE);
             HeapIndex second = HeapIndex.open(other, IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                     ProgressListener.NONE)) {
            WhyReport report = GrowthSites.find(List.of(first, second), List.of("moment-1", "other"),
                    new SiteQuery(0, 1, 10, 5));
            assertEquals(1, report.warnings().size(), report.warnings().toString());
            assertTrue(report.warnings().get(0).startsWith("only "), report.warnings().get(0));
            assertTrue(report.warnings().get(0).endsWith(" of the objects of other are at places that moment-1 has "
                    + "too: are these dumps of one program, oldest first?"), report.warnings().get(0));
        }
    }
}
