package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Arrays are one group only when their bytes are equal, whatever their hashes say. */
class ContentGroupsTest {
    @TempDir
    Path tmp;

    @Test
    void aHashEveryArraySharesNeverMakesDifferentArraysDuplicates() throws IOException {
        SyntheticHeap h = WasteHeaps.heap();
        h.declareArrayClass("[I");
        h.declareArrayClass("[Ljava/lang/Object;");
        int[][] contents = {{1, 2}, {3, 4}, {1, 2}, {5, 6}, {3, 4}, {1, 2}};
        long[] ids = new long[contents.length];
        for (int i = 0; i < contents.length; i++) {
            ids[i] = h.primitiveArray(contents[i]);
        }
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", ids), 1);
        Path dump = h.writeTo(tmp.resolve("collide.hprof"));
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            IntList arrays = new IntList();
            List<Integer> nodes = new ArrayList<>();
            for (long id : ids) {
                nodes.add(index.findObject(id));
            }
            nodes.stream().sorted().forEach(arrays::add);
            ContentGroups groups = new ContentGroups(index, arrays, new long[(index.nodeCount() >>> 6) + 1],
                    bytes -> 42);
            for (int i = 0; i < ids.length; i++) {
                for (int j = 0; j < ids.length; j++) {
                    int gi = groups.group(arrays.indexOf(nodes.get(i)));
                    int gj = groups.group(arrays.indexOf(nodes.get(j)));
                    if (Arrays.equals(contents[i], contents[j])) {
                        assertEquals(gi, gj, i + " and " + j);
                    } else {
                        assertNotEquals(gi, gj, i + " and " + j);
                    }
                }
            }
            assertEquals(3, groups.groupCount());
        }
    }
}
