package heapwhy.graph;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The primitive sort of dominator-tree children orders as a comparator over boxed nodes would. */
class BiggestFirstTest {

    @Test
    void ordersByDescendingSizeThenAscendingNodeLikeABoxedComparator() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(round < 20 ? 4 : 3000);
            // few distinct sizes, so that ties are common; nodes shuffled, as a dominator's children need not be
            int[] nodes = IntStream.range(0, n).toArray();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = nodes[i];
                nodes[i] = nodes[j];
                nodes[j] = t;
            }
            long[] sizeOfNode = new long[n];
            for (int v = 0; v < n; v++) {
                sizeOfNode[v] = random.nextInt(1 + round % 10) * 16L + (round % 3 == 0 ? Long.MAX_VALUE / 2 : 0);
            }
            long[] sizes = new long[n];
            for (int i = 0; i < n; i++) {
                sizes[i] = sizeOfNode[nodes[i]];
            }
            int[] expected = IntStream.of(nodes).boxed()
                    .sorted(Comparator.comparingLong((Integer v) -> -sizeOfNode[v]).thenComparingInt(v -> v))
                    .mapToInt(Integer::intValue).toArray();

            BiggestFirst.sort(nodes, sizes);

            assertArrayEquals(expected, nodes, "round " + round);
            for (int i = 0; i < n; i++) {
                assertEquals(sizeOfNode[nodes[i]], sizes[i], "sizes follow their nodes");
            }
        }
    }
}
