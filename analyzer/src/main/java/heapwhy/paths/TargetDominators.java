package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.store.LongIntMap;

import java.util.Arrays;
import java.util.BitSet;

/**
 * For each target, the nearest other target above it in the dominator tree, if any: the one whose retained
 * size already holds it. Each object's answer is remembered on the way up, so that a million targets below
 * one long chain cost one walk of the chain, not a million.
 */
final class TargetDominators {
    /** What the map reads for an object not walked through yet. */
    private static final int UNKNOWN = -1;
    private static final int NONE = -2;

    private final HeapIndex index;
    private final BitSet targets = new BitSet();
    private final boolean several;
    /**
     * Per object walked through (no target itself): the nearest target above it, or NONE; only the objects above
     * some target are ever in it, not the whole heap.
     */
    private final LongIntMap nearestAbove = new LongIntMap(1024);
    private int[] walk = new int[64];

    TargetDominators(HeapIndex index, int[] targets) {
        this.index = index;
        for (int t : targets) {
            this.targets.set(t);
        }
        several = this.targets.cardinality() > 1;
    }

    /** The nearest target strictly above {@code target} in the dominator tree, or -1. */
    int nearest(int target) {
        if (!several) {
            return -1;
        }
        int length = 0;
        int found = NONE;
        for (int v = index.immediateDominator(target); v >= 0; v = index.immediateDominator(v)) {
            int known = nearestAbove.get(v);
            if (known != UNKNOWN) {
                found = known;
                break;
            }
            if (targets.get(v)) {
                found = v;
                break;
            }
            if (length == walk.length) {
                walk = Arrays.copyOf(walk, length * 2);
            }
            walk[length++] = v;
        }
        for (int i = 0; i < length; i++) {
            nearestAbove.put(walk[i], found);
        }
        return found == NONE ? -1 : found;
    }
}
