package heapwhy.graph;

import heapwhy.store.MappedArray;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntConsumer;

/**
 * The dominator tree the index saved, read downwards: what each object keeps alive, biggest first, and the
 * objects that retain most. Reached through {@link HeapIndex#dominatorTree()}. The virtual root above the GC
 * roots is asked for with {@link #topLevel()}; every other question takes a node 0..n-1 and rejects anything
 * else (such as {@link HeapIndex#NOT_FOUND} or {@link HeapIndex#ROOT}), so that a failed lookup never answers
 * with the root's children.
 *
 * <p>The children lists are built on first use (two int arrays, about 8 bytes per node). Not thread-safe
 * while they are being built; read-only afterwards.
 */
public final class IndexedDominatorTree {
    private final int nodeCount;
    private final MappedArray idom;
    private final MappedArray retained;
    /** Slot 0 holds the virtual root's children, slot v + 1 node v's: children[offsets[s] .. offsets[s + 1]). */
    private int[] childOffsets;
    private int[] children;

    IndexedDominatorTree(int nodeCount, MappedArray idom, MappedArray retained) {
        this.nodeCount = nodeCount;
        this.idom = idom;
        this.retained = retained;
    }

    /** The objects the virtual root dominates directly (no single object keeps them), largest retained first. */
    public int[] topLevel() {
        return sortedChildren(0);
    }

    /**
     * The objects the node immediately dominates, largest retained size first (ties in node order).
     *
     * @throws IllegalArgumentException when {@code node} is no node of the index
     */
    public int[] dominatedBy(int node) {
        return sortedChildren(slotOf(node));
    }

    /**
     * Calls {@code visit} with every object the node's dominator subtree holds below the node, in no order:
     * what goes away with it. No sorting and no copy of the subtree, so it suits subtrees of millions.
     *
     * @throws IllegalArgumentException when {@code node} is no node of the index
     */
    public void forEachDominated(int node, IntConsumer visit) {
        int first = slotOf(node);
        int[] stack = new int[64];
        int size = 0;
        stack[size++] = first;
        while (size > 0) {
            int slot = stack[--size];
            for (int i = childOffsets[slot]; i < childOffsets[slot + 1]; i++) {
                int child = children[i];
                visit.accept(child);
                if (childOffsets[child + 2] > childOffsets[child + 1]) {
                    if (size == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, size * 2);
                    }
                    stack[size++] = child + 1;
                }
            }
        }
    }

    /** The {@code limit} objects with the largest retained sizes, largest first. */
    public int[] biggestObjects(int limit) {
        PriorityQueue<long[]> top = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
        for (int v = 0; v < nodeCount; v++) {
            long size = retained.getLong(v);
            if (size > 0 && (top.size() < limit || size > top.peek()[0])) {
                top.add(new long[]{size, v});
                if (top.size() > limit) {
                    top.poll();
                }
            }
        }
        List<long[]> sorted = new ArrayList<>(top);
        sorted.sort(Comparator.comparingLong((long[] a) -> -a[0]).thenComparingLong(a -> a[1]));
        return sorted.stream().mapToInt(a -> (int) a[1]).toArray();
    }

    private int slotOf(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("no node " + node + " in an index of " + nodeCount
                    + (node == HeapIndex.ROOT ? "; ask topLevel() for the virtual root's children" : ""));
        }
        if (childOffsets == null) {
            buildChildren();
        }
        return node + 1;
    }

    private int[] sortedChildren(int slot) {
        if (childOffsets == null) {
            buildChildren();
        }
        int from = childOffsets[slot];
        int n = childOffsets[slot + 1] - from;
        int[] nodes = java.util.Arrays.copyOfRange(children, from, from + n);
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = retained.getLong(nodes[i]);
        }
        BiggestFirst.sort(nodes, sizes);
        return nodes;
    }

    private void buildChildren() {
        int[] offsets = new int[nodeCount + 2];
        for (int v = 0; v < nodeCount; v++) {
            int d = idom.getInt(v);
            if (d != HeapIndex.UNREACHABLE) {
                offsets[d + 2]++;
            }
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        int[] list = new int[offsets[nodeCount + 1]];
        int[] fill = offsets.clone();
        for (int v = 0; v < nodeCount; v++) {
            int d = idom.getInt(v);
            if (d != HeapIndex.UNREACHABLE) {
                list[fill[d + 1]++] = v;
            }
        }
        childOffsets = offsets;
        children = list;
    }
}
