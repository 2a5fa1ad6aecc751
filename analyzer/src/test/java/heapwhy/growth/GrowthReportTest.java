package heapwhy.growth;

import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;
import heapwhy.hprof.Compression;
import heapwhy.hprof.DumpInfo;
import heapwhy.layout.HeapLayout;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Growth selection on hand-made histograms, where every expected line is worked out by hand. */
class GrowthReportTest {

    private static ClassHistogram histogram(String file, ClassEntry... entries) {
        DumpInfo info = new DumpInfo(Path.of(file), 0, Compression.NONE, "JAVA PROFILE 1.0.2", 8, 0);
        HeapLayout layout = new HeapLayout(12, 4, 8, new int[12], "test");
        return new ClassHistogram(info, layout, List.of(entries), List.of());
    }

    private static ClassEntry e(String name, long count, long bytes) {
        return new ClassEntry(name, null, false, count, bytes);
    }

    private final GrowthReport threeDumps = GrowthReport.compare(List.of(
            histogram("a", e("Steady", 10, 100), e("OneOff", 5, 50), e("Leak", 1, 16), e("Gone", 3, 30)),
            histogram("b", e("Steady", 11, 110), e("OneOff", 50, 500), e("Leak", 2, 32)),
            histogram("c", e("Steady", 12, 120), e("OneOff", 50, 500), e("Leak", 4, 64), e("New", 7, 700))));

    @Test
    void monotonicViewKeepsOnlyTypesThatGrewInEveryInterval() {
        List<TypeGrowth> grown = threeDumps.select(GrowthQuery.defaults(3));
        // Steady +2 and Leak +3 grew each time; OneOff stalled, New was absent (0) then 0 then 7, Gone shrank
        assertEquals(List.of("Leak", "Steady"), grown.stream().map(TypeGrowth::type).toList());
    }

    @Test
    void nonMonotonicViewSortsByCountDeltaThenBytes() {
        GrowthQuery all = new GrowthQuery(GrowthQuery.SortBy.COUNT, 0, null, 1, false);
        assertEquals(List.of("OneOff", "New", "Leak", "Steady"),
                threeDumps.select(all).stream().map(TypeGrowth::type).toList());
    }

    @Test
    void byteSortTopFilterAndMinDeltaApplyInThatOrder() {
        GrowthQuery bytes = new GrowthQuery(GrowthQuery.SortBy.BYTES, 2, null, 1, false);
        assertEquals(List.of("New", "OneOff"), threeDumps.select(bytes).stream().map(TypeGrowth::type).toList());
        GrowthQuery filtered = new GrowthQuery(GrowthQuery.SortBy.COUNT, 0, Pattern.compile("e"), 3, false);
        assertEquals(List.of("OneOff", "New", "Leak"),
                threeDumps.select(filtered).stream().map(TypeGrowth::type).toList());
    }

    @Test
    void absentTypesCountAsZeroAndDeltasSpanFirstToLast() {
        TypeGrowth gone = threeDumps.types().stream().filter(t -> t.type().equals("Gone")).findFirst().orElseThrow();
        assertEquals(-3, gone.countDelta());
        assertEquals(-30, gone.bytesDelta());
    }

    @Test
    void growthNeedsAtLeastTwoDumps() {
        assertThrows(IllegalArgumentException.class, () -> GrowthReport.compare(List.of(histogram("a"))));
    }
}
