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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arrays are one group only when their bytes are equal, whatever their hashes say, however many they are. */
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
                    (bytes, length) -> 42);
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

    @Test
    void amongTensOfThousandsOfArraysOfOneShapeOnlyEqualOnesShareAGroup() throws IOException {
        // enough arrays of one class and length that their keys are spread over many buckets
        SyntheticHeap h = WasteHeaps.heap();
        h.declareArrayClass("[I");
        h.declareArrayClass("[Ljava/lang/Object;");
        Random random = new Random(7);
        int[][] contents = new int[30_000][];
        long[] ids = new long[contents.length];
        for (int i = 0; i < contents.length; i++) {
            // most arrays unique, one in ten a copy of an earlier one
            contents[i] = i > 0 && random.nextInt(10) == 0 ? contents[random.nextInt(i)]
                    : new int[] {random.nextInt(), random.nextInt()};
            ids[i] = h.primitiveArray(contents[i]);
        }
        h.root(RootKind.JNI_GLOBAL, h.objectArray("[Ljava/lang/Object;", ids), 1);
        Path dump = h.writeTo(tmp.resolve("many.hprof"));
        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            IntList arrays = new IntList();
            int[] nodeOf = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                nodeOf[i] = index.findObject(ids[i]);
            }
            Arrays.stream(nodeOf).sorted().forEach(arrays::add);
            ContentGroups groups = new ContentGroups(index, arrays, new long[(index.nodeCount() >>> 6) + 1]);
            Map<List<Integer>, Integer> groupOfContent = new HashMap<>();
            Map<List<Integer>, Integer> copies = new HashMap<>();
            for (int[] content : contents) {
                copies.merge(Arrays.stream(content).boxed().toList(), 1, Integer::sum);
            }
            for (int i = 0; i < ids.length; i++) {
                List<Integer> content = Arrays.stream(contents[i]).boxed().toList();
                int group = groups.group(arrays.indexOf(nodeOf[i]));
                if (copies.get(content) == 1) {
                    assertEquals(ContentGroups.UNIQUE, group, "array " + i + " has no copy");
                } else {
                    assertNotEquals(ContentGroups.UNIQUE, group, "array " + i + " has a copy");
                    assertEquals(groupOfContent.computeIfAbsent(content, k -> group), group, "array " + i);
                }
            }
            assertEquals(groupOfContent.size(), new HashSet<>(groupOfContent.values()).size(),
                    "different contents, different groups");
            assertTrue(groupOfContent.size() > 1000, groupOfContent.size() + " contents with copies");
        }
    }
}
