package heapwhy.waste;

import heapwhy.collections.Containers;
import heapwhy.graph.HeapIndex;

import java.io.IOException;

/**
 * Object arrays that are mostly null: at least 3/4 of their slots, of arrays of 8 slots or more (smaller ones
 * waste too little to fix). A collection's own array (a table, an elementData) is the collection's business:
 * the arrays {@link UnderFilled} marked, and arrays a container dominates, are not judged here.
 */
final class MostlyNullArrays {
    static final int MIN_LENGTH = 8;

    private final HeapIndex index;
    private final Containers containers;
    private final long referenceBytes;

    MostlyNullArrays(HeapIndex index) {
        this.index = index;
        this.containers = new Containers(index);
        this.referenceBytes = index.facts().layout().referenceBytes();
    }

    /** The bytes the array's null slots take when it is mostly null and no collection's own, else -1. */
    long wasted(int array, long[] ownArrays) throws IOException {
        if ((ownArrays[array >>> 6] & (1L << array)) != 0) {
            return -1;
        }
        int length = index.contents().arrayLength(array);
        if (length < MIN_LENGTH) {
            return -1;
        }
        // distinct targets never outnumber the non-null slots: most arrays are ruled out without reading them
        int targets = 0;
        for (int i = 0, n = index.outboundCount(array); i < n; i++) {
            if (!index.isClass(index.outboundTarget(array, i))) {
                targets++;
            }
        }
        if (targets * 4L > length) {
            return -1;
        }
        int dominator = index.immediateDominator(array);
        if (dominator >= 0 && !index.isClass(dominator) && containers.ofNode(dominator) != null) {
            return -1;
        }
        long nonNull = 0;
        for (long id : index.contents().elementIds(array)) {
            nonNull += id != 0 ? 1 : 0;
        }
        long nulls = length - nonNull;
        return nulls * 4 >= 3L * length ? nulls * referenceBytes : -1;
    }
}
