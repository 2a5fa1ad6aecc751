package heapwhy.paths;

import heapwhy.paths.walk.ShortestPaths;
import heapwhy.paths.walk.RootText;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.scenarios.zoo.ZooLeaks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The merged tree goes on from where earlier paths passed (a step's end, a container's insides, a run of
 * links) instead of wording each path from its root: the shapes and counts must be those of wording every path
 * on its own, on the zoo's queues, linked lists, linked maps, trees, caches and arrays.
 */
class MergedPathsMatchOnePathAtATimeTest {
    @TempDir
    static Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"ReportTask", "EditCommand", "OutgoingMessage", "ProductPage", "Metric", "TradeEvent",
            "Quote", "Price", "Span", "Request", "FailedPayment", "ClickEvent", "Chunk", "JournalEntry",
            "SearchResult", "ExchangeRate"})
    void everyShapeIsCountedAsWordingEachPathAloneCountsIt(String type) throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.LEAK_ZOO, Variant.DEFAULT).dumps().get(2);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
            BackrefsResult result = Backrefs.run(index, BackrefsQuery.ofClass(ZooLeaks.PACKAGE + "." + type));
            Map<String, Long> merged = new TreeMap<>();
            for (PathTree root : result.roots()) {
                shapes(root, root.label(), merged);
            }
            ShortestPaths paths = ShortestPaths.compute(index, false);
            ContainerSteps steps = new ContainerSteps(index, false);
            RootText rootText = new RootText(index);
            Map<String, Long> alone = new TreeMap<>();
            boolean[] wanted = TargetClasses.of(index, ZooLeaks.PACKAGE + "." + type, false);
            for (int v = 0; v < index.nodeCount(); v++) {
                if (wanted[index.classIndex(v)] && index.inGraph(v) && !index.isClass(v) && paths.reached(v)) {
                    int[] chain = paths.shownChain(index, v);
                    List<String> shape = new ArrayList<>(List.of(rootText.of(paths, chain[0])));
                    for (Step step : steps.of(chain)) {
                        shape.add(Backrefs.grouped(step.label()));
                    }
                    alone.merge(String.join(" · ", shape), 1L, Long::sum);
                }
            }
            assertEquals(alone, merged);
        }
    }

    private static void shapes(PathTree t, String prefix, Map<String, Long> into) {
        long below = 0;
        for (PathTree child : t.children()) {
            shapes(child, prefix + " · " + Backrefs.grouped(child.label()), into);
            below += child.count();
        }
        if (t.count() > below) {
            into.merge(prefix, t.count() - below, Long::sum);
        }
    }
}
