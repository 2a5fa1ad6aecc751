package heapwhy.cli.paths;

import heapwhy.cli.Run;
import heapwhy.cli.SmallHeaps;
import heapwhy.util.ObjectIdText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole text of {@code path} on the registry heap of {@link SmallHeaps}: one line for the root, one per
 * step, each step with the class and id of the object it reaches. The ids are addresses the synthetic writer
 * hands out in declaration order, each object's size after the one before.
 */
class PathTextTest {
    @TempDir
    Path tmp;

    private Run path(SmallHeaps.Registry heap, long id) {
        Run run = Run.of("path", "--index-dir", tmp.resolve("index").toString(), "--id", ObjectIdText.hex(id),
                heap.dump().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run;
    }

    @Test
    void anItemOfTheListIsReachedByItsIndex() {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3);
        assertEquals(0x13a8, heap.items()[1]);
        assertEquals("""
                system class com.example.Registry
                  → static Registry.ITEMS  java.util.ArrayList 0x1530
                  → list[1]  com.example.Item 0x13a8
                """, path(heap, heap.items()[1]).out());
    }

    @Test
    void theEndOfTheChainIsOneStepWithItsLength() {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3);
        assertEquals("""
                system class com.example.Registry
                  → static Registry.CHAIN  com.example.Node 0x1578
                  → next ×2  com.example.Node 0x1548
                """, path(heap, heap.lastNode()).out());
    }

    /** An object that is a GC root itself: the root line and no step. */
    @Test
    void aRootObjectIsItsRootLineAlone() {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3);
        assertEquals("""
                JNI global: com.example.Other
                """, path(heap, heap.other()).out());
    }
}
