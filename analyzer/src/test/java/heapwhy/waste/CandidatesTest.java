package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pass over the objects in many small ranges (on several threads where the dump allows) picks what one pass picks. */
class CandidatesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "GZIP"})
    void pickingInRangesListsWhatOneRangeListsInTheSameOrder(Variant variant) throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.WASTE, variant).dumps().get(0);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
            Candidates whole = Candidates.pick(index, true, true, true, index.nodeCount());
            Candidates ranges = Candidates.pick(index, true, true, true, 997);
            assertTrue(index.nodeCount() > 997 * 8, index.nodeCount() + " nodes");
            assertTrue(whole.strings.size() > 100 && whole.emptyCollections.size() > 10
                    && whole.measuredCollections.size() > 10 && whole.boxes.size() > 10, "a dump with every kind");
            assertEquals(values(whole.strings), values(ranges.strings));
            assertEquals(values(whole.stringValueOf), values(ranges.stringValueOf));
            assertEquals(values(whole.primitiveArrays), values(ranges.primitiveArrays));
            assertEquals(values(whole.zeroLengthArrays), values(ranges.zeroLengthArrays));
            assertEquals(values(whole.emptyCollections), values(ranges.emptyCollections));
            assertEquals(values(whole.measuredCollections), values(ranges.measuredCollections));
            assertEquals(values(whole.measuredArrays), values(ranges.measuredArrays));
            assertEquals(values(whole.measuredWaste), values(ranges.measuredWaste));
            assertEquals(values(whole.objectArrays), values(ranges.objectArrays));
            assertEquals(values(whole.boxes), values(ranges.boxes));
            assertArrayEquals(whole.stringValues, ranges.stringValues);
            assertArrayEquals(whole.instances, ranges.instances);
            assertArrayEquals(whole.instanceBytes, ranges.instanceBytes);
            assertArrayEquals(whole.firstInstance, ranges.firstInstance);
            assertTrue(Arrays.stream(whole.stringValues).anyMatch(bits -> bits != 0));
        }
    }

    private static List<Integer> values(IntList list) {
        List<Integer> values = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            values.add(list.get(i));
        }
        return values;
    }

    private static List<Long> values(LongList list) {
        List<Long> values = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            values.add(list.get(i));
        }
        return values;
    }
}
