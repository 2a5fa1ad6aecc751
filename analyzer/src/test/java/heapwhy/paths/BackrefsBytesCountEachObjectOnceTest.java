package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.paths.walk.ShortestPaths;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What backrefs says its targets retain is what would be freed with all of them: every object that a target
 * with a strong path is or dominates, once, found by brute force from each object up its dominator chain. Linked nodes, hash
 * buckets and tree nodes retain each other, so a sum of their retained sizes would count the same bytes many
 * times over.
 */
class BackrefsBytesCountEachObjectOnceTest {
    @TempDir
    static Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"java.util.LinkedList$Node", "java.util.HashMap$Node", "java.util.TreeMap$Entry",
            "java.util.concurrent.ConcurrentLinkedQueue$Node", "heapwhy.testdumps.scenarios.zoo.Invoice",
            "java.lang.String"})
    void theTargetsRetainEachObjectOnce(String className) throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.LEAK_ZOO, Variant.DEFAULT).dumps().get(2);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
            BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(className));
            assertTrue(result.paths() > 1 && result.considered() == result.targets(), className + ": every target");
            boolean[] wanted = TargetClasses.of(index, className, false);
            ShortestPaths strong = ShortestPaths.compute(index, false);
            long freed = 0;
            long summed = 0;
            for (int v = 0; v < index.nodeCount(); v++) {
                if (!index.inGraph(v)) {
                    continue;
                }
                boolean target = wanted[index.classIndex(v)] && !index.isClass(v) && strong.reached(v);
                if (target) {
                    summed += index.retainedSize(v);
                }
                for (int up = v; up >= 0; up = index.immediateDominator(up)) {
                    if (wanted[index.classIndex(up)] && !index.isClass(up) && strong.reached(up)) {
                        freed += index.shallowSize(v);
                        break;
                    }
                }
            }
            assertEquals(freed, result.bytes(), className + " (the retained sizes summed: " + summed + ")");
            long underRoots = result.roots().stream().mapToLong(PathTree::bytes).sum();
            assertTrue(underRoots >= result.bytes(), className + ": a root counts the targets under it");
        }
    }
}
