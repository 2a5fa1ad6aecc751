package heapwhy.graph;

import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.RootKind;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java stack frame roots are named by the method and line the dump's stack traces give. */
class StackFrameRootsTest {
    @TempDir
    Path tmp;

    @Test
    void javaFrameRootsNameTheScenarioMethodAndLineThatTookTheDump() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(0);
        for (int open = 0; open < 2; open++) { // built, then from the index
            try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
                List<GcRoot> frames = index.roots().stream().filter(r -> r.kind() == RootKind.JAVA_FRAME).toList();
                assertTrue(!frames.isEmpty());
                assertTrue(frames.stream().anyMatch(r ->
                        r.location().matches("heapwhy\\.testdumps\\.scenarios\\.Snapshots\\.take\\(Snapshots\\.java:\\d+\\)")),
                        frames.toString());
                assertTrue(frames.stream().allMatch(r -> r.location().isEmpty() || r.location().contains("(")),
                        frames.toString());
            }
        }
    }
}
