package heapwhy.graph;

/**
 * Sorts nodes by a size, largest first and equal sizes in node order, on primitive arrays: the virtual root
 * of a big dump has millions of children, and boxing each of them for a comparator would cost more than the
 * sort.
 */
final class BiggestFirst {
    private BiggestFirst() {
    }

    /** Sorts {@code nodes} and, alongside, {@code sizes} ({@code sizes[i]} belongs to {@code nodes[i]}). */
    static void sort(int[] nodes, long[] sizes) {
        int n = nodes.length;
        int[] nodeBuffer = new int[n];
        long[] sizeBuffer = new long[n];
        int[] fromNodes = nodes;
        long[] fromSizes = sizes;
        int[] toNodes = nodeBuffer;
        long[] toSizes = sizeBuffer;
        // bottom-up merge sort: runs of width 1, 2, 4… merged from one pair of arrays into the other
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    boolean left = j >= hi
                            || (i < mid && before(fromSizes[i], fromNodes[i], fromSizes[j], fromNodes[j]));
                    int at = left ? i++ : j++;
                    toNodes[k] = fromNodes[at];
                    toSizes[k] = fromSizes[at];
                }
            }
            int[] swapNodes = fromNodes;
            fromNodes = toNodes;
            toNodes = swapNodes;
            long[] swapSizes = fromSizes;
            fromSizes = toSizes;
            toSizes = swapSizes;
        }
        if (fromNodes != nodes) {
            System.arraycopy(fromNodes, 0, nodes, 0, n);
            System.arraycopy(fromSizes, 0, sizes, 0, n);
        }
    }

    private static boolean before(long size, int node, long otherSize, int otherNode) {
        return size != otherSize ? size > otherSize : node <= otherNode;
    }
}
