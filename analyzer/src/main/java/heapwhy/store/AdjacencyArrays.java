package heapwhy.store;

/**
 * Adjacency in compressed sparse rows: the neighbours of node {@code v} are
 * {@code targets[offsets[v]] .. targets[offsets[v + 1] - 1]}.
 *
 * @param offsets node count + 1 entries, non-decreasing, starting at 0
 * @param targets neighbour node numbers
 */
public record AdjacencyArrays(LongArray offsets, IntArray targets) {

    public int nodeCount() {
        return (int) (offsets.length() - 1);
    }

    public long edgeCount() {
        return offsets.get(offsets.length() - 1);
    }

    public long degree(int node) {
        return offsets.get(node + 1L) - offsets.get(node);
    }

    /** Builds a CSR from Java arrays (tests and small graphs). */
    public static AdjacencyArrays of(long[] offsets, int[] targets) {
        return new AdjacencyArrays(LongArray.of(offsets), IntArray.of(targets));
    }

    /** Builds a CSR from an adjacency list (tests and small graphs). */
    public static AdjacencyArrays ofLists(int[][] adjacency) {
        long[] offsets = new long[adjacency.length + 1];
        for (int v = 0; v < adjacency.length; v++) {
            offsets[v + 1] = offsets[v] + adjacency[v].length;
        }
        int[] targets = new int[(int) offsets[adjacency.length]];
        for (int v = 0; v < adjacency.length; v++) {
            System.arraycopy(adjacency[v], 0, targets, (int) offsets[v], adjacency[v].length);
        }
        return of(offsets, targets);
    }

    /** The reverse graph (every edge turned around), for graphs that fit in Java arrays. */
    public AdjacencyArrays transpose() {
        int n = nodeCount();
        long[] counts = new long[n + 1];
        for (long i = 0; i < edgeCount(); i++) {
            counts[targets.get(i) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            counts[v + 1] += counts[v];
        }
        long[] fill = counts.clone();
        int[] reversed = new int[(int) edgeCount()];
        for (int v = 0; v < n; v++) {
            for (long i = offsets.get(v); i < offsets.get(v + 1L); i++) {
                reversed[(int) fill[targets.get(i)]++] = v;
            }
        }
        return of(counts, reversed);
    }
}
