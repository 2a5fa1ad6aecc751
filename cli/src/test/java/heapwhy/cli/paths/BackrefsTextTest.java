package heapwhy.cli.paths;

import heapwhy.cli.Run;
import heapwhy.cli.SmallHeaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole text of {@code backrefs} on the registry heap of {@link SmallHeaps}, worked out by hand. */
class BackrefsTextTest {
    @TempDir
    Path tmp;

    private Run backrefs(String className) {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3);
        Run run = Run.of("backrefs", "--index-dir", tmp.resolve("index").toString(), "--class", className,
                heap.dump().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run;
    }

    /** Three items of 240 B each (24 B item, 216 B payload), one list step for all three. */
    @Test
    void theItemsOfAListMergeIntoOneListStepWithTheirRetainedSizesSummed() {
        assertEquals("""
                What keeps com.example.Item alive: shortest paths from the GC roots over strong references, merged by step.
                3 targets; 3 paths shown, 720 B retained by their targets.

                system class com.example.Registry  ×3, 720 B
                └─ static Registry.ITEMS → java.util.ArrayList
                   └─ list[…] → com.example.Item (×3, 720 B)
                """, backrefs("com.example.Item").out());
    }

    /**
     * Three nodes of a chain, each a target: the first retains all three (72 B), the second two, the last
     * itself. Together they keep 72 B alive, not the 144 B their retained sizes add up to.
     */
    @Test
    void targetsThatRetainEachOtherAreNotCountedTwice() {
        assertEquals("""
                What keeps com.example.Node alive: shortest paths from the GC roots over strong references, merged by step.
                3 targets; 3 paths shown, 72 B retained by their targets.

                system class com.example.Registry  ×3, 72 B
                ├─ static Registry.CHAIN → com.example.Node
                │  ├─ next → com.example.Node (×1, 48 B)
                │  └─ next ×2 → com.example.Node (×1, 24 B)
                └─ static Registry.CHAIN → com.example.Node (×1, 72 B)
                """, backrefs("com.example.Node").out());
    }

    /** The JNI global root holds the one Other directly: the root is the whole path. */
    @Test
    void anObjectThatIsARootIsItsRootLineAlone() {
        assertEquals("""
                What keeps com.example.Other alive: shortest paths from the GC roots over strong references, merged by step.
                1 target; 1 path shown, 16 B retained by their targets.

                JNI global: com.example.Other  ×1, 16 B
                """, backrefs("com.example.Other").out());
    }

    @Test
    void aClassNotInTheDumpIsNamedWithHowToFindTheRightName() {
        assertEquals("""
                What keeps com.example.Missing alive: shortest paths from the GC roots over strong references, merged by step.
                0 targets; 0 paths shown, 0 B retained by their targets.

                No class is named com.example.Missing in the dump (names are Java's, nested classes with $: com.acme.Outer$Inner; heapwhy histogram --top 0 lists them all).
                """, backrefs("com.example.Missing").out());
    }
}
