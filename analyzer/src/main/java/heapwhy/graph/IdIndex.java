package heapwhy.graph;

/**
 * Finds an object's node number from its id (its address in the dumped JVM). Ids are sorted once (radix
 * sort, linear time) and looked up through a directory over their high bits, so a lookup is one directory
 * read plus a binary search over a handful of neighbours. Costs 12 bytes per object while it lives.
 * {@link #build(heapwhy.store.LongArray)} prefers {@link DenseIdIndex} when the ids are packed addresses.
 */
final class IdIndex implements NodeLookup {
    private final long[] ids;
    private final int[] nodes;
    private final long minId;
    private final int shift;
    private final int[] directory;

    private IdIndex(long[] ids, int[] nodes) {
        this.ids = ids;
        this.nodes = nodes;
        int n = ids.length;
        this.minId = n == 0 ? 0 : ids[0];
        long span = n == 0 ? 0 : ids[n - 1] - minId;
        int buckets = Integer.highestOneBit(Math.max(1, n / 8));
        int s = 0;
        while (Long.compareUnsigned(span >>> s, buckets) >= 0) {
            s++;
        }
        this.shift = s;
        int size = (int) (span >>> s) + 2;
        directory = new int[size];
        int b = 0;
        for (int i = 0; i < n; i++) {
            int bucket = (int) ((ids[i] - minId) >>> s);
            while (b <= bucket) {
                directory[b++] = i;
            }
        }
        while (b < size) {
            directory[b++] = n;
        }
    }

    /**
     * @param idsInNodeOrder the id of node 0, 1, 2…; the array is sorted in place and kept
     */
    public static IdIndex build(long[] idsInNodeOrder) {
        int n = idsInNodeOrder.length;
        int[] nodes = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
            if (i > 0 && Long.compareUnsigned(idsInNodeOrder[i - 1], idsInNodeOrder[i]) > 0) {
                sorted = false;
            }
        }
        if (!sorted) {
            radixSort(idsInNodeOrder, nodes);
        }
        return new IdIndex(idsInNodeOrder, nodes);
    }

    /** LSD radix sort by 16-bit digits on the bits that vary, carrying the node numbers along. */
    private static void radixSort(long[] keys, int[] values) {
        int n = keys.length;
        long min = -1L;
        long max = 0;
        for (long k : keys) {
            if (Long.compareUnsigned(k, min) < 0) {
                min = k;
            }
            if (Long.compareUnsigned(k, max) > 0) {
                max = k;
            }
        }
        long span = max - min;
        int bits = 64 - Long.numberOfLeadingZeros(span);
        long[] keyTmp = new long[n];
        int[] valueTmp = new int[n];
        long[] src = keys;
        long[] dst = keyTmp;
        int[] srcV = values;
        int[] dstV = valueTmp;
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < bits; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (((src[i] - min) >>> shift) & 0xFFFF)]++;
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int d = (int) (((src[i] - min) >>> shift) & 0xFFFF);
                int at = counts[d]++;
                dst[at] = src[i];
                dstV[at] = srcV[i];
            }
            long[] t = src;
            src = dst;
            dst = t;
            int[] tv = srcV;
            srcV = dstV;
            dstV = tv;
        }
        if (src != keys) {
            System.arraycopy(src, 0, keys, 0, n);
            System.arraycopy(srcV, 0, values, 0, n);
        }
    }

    /**
     * An index over the ids of nodes 0, 1, 2…: a bitmap over the address range when objects are packed
     * (as in any HotSpot dump), sorted ids otherwise (sparse or synthetic ids).
     */
    static NodeLookup build(heapwhy.store.LongArray idsInNodeOrder) {
        NodeLookup dense = DenseIdIndex.tryBuild(idsInNodeOrder);
        if (dense != null) {
            return dense;
        }
        long[] ids = new long[(int) idsInNodeOrder.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idsInNodeOrder.get(i);
        }
        return build(ids);
    }

    @Override
    public int find(long id) {
        if (ids.length == 0 || Long.compareUnsigned(id, minId) < 0) {
            return -1;
        }
        long bucket = (id - minId) >>> shift; // ids are sorted as unsigned numbers
        if (Long.compareUnsigned(bucket, directory.length - 1) >= 0) {
            return -1;
        }
        int lo = directory[(int) bucket];
        int hi = directory[(int) bucket + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = Long.compareUnsigned(ids[mid], id);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return nodes[mid];
            }
        }
        return -1;
    }
}
