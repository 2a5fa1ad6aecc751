package heapwhy.graph;

import heapwhy.dominators.DominatorTree;
import heapwhy.dominators.Dominators;
import heapwhy.hprof.ProgressListener;
import heapwhy.store.AdjacencyArrays;
import heapwhy.store.ArrayFileWriter;
import heapwhy.store.MappedArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a built graph into answers: which objects GC roots reach, the dominator tree over a virtual root
 * joined to every GC root, retained sizes per object and per class. Writes the immediate dominators and
 * retained sizes as array files beside the graph.
 */
final class GraphAnalysis {
    private GraphAnalysis() {
    }

    /** Per-class figures and graph totals. */
    record Result(List<HeapClass> classes, int inGraph, long graphBytes) {
    }

    static Result run(Path dir, GraphBuilder.Built built, boolean keepUnreachable, ProgressListener progress)
            throws IOException {
        int n = built.nodeCount();
        MappedArray outOffsets = MappedArray.open(dir.resolve(GraphFiles.OUT_OFFSETS), 8);
        MappedArray outTargets = MappedArray.open(dir.resolve(GraphFiles.OUT_TARGETS), 4);
        AdjacencyArrays successors = new AdjacencyArrays(outOffsets.longs(), outTargets.ints());
        // the inbound edges are written while the dominator search walks the outbound ones
        java.util.concurrent.CompletableFuture<AdjacencyArrays> inbound =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                // taken, not borrowed: the counts become write cursors and are dropped afterwards
                GraphBuilder.transpose(dir, n, built.edgeCount(), built.inDegrees().getAndSet(null));
                return new AdjacencyArrays(MappedArray.open(dir.resolve(GraphFiles.IN_OFFSETS), 8).longs(),
                        MappedArray.open(dir.resolve(GraphFiles.IN_TARGETS), 4).ints());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.util.function.Supplier<AdjacencyArrays> predecessors = () -> {
            try {
                return inbound.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        };
        int[] roots = built.roots().stream().mapToInt(GcRoot::node).filter(v -> v >= 0).distinct().toArray();
        DominatorTree tree = Dominators.compute(successors, predecessors, roots, progress);
        BuildTimings.mark("dominator tree");
        if (keepUnreachable && tree.reachableCount() < n) {
            tree = Dominators.compute(successors, predecessors,
                    withUnreachableRoots(tree, successors, predecessors.get(), roots), progress);
        }

        MappedArray classOf = MappedArray.open(dir.resolve(GraphFiles.CLASS_OF), 4);
        MappedArray shallow = MappedArray.open(dir.resolve(GraphFiles.SHALLOW), 8);
        long[] retained = new long[n];
        for (int v = 0; v < n; v++) {
            retained[v] = tree.reachable(v) ? shallow.getLong(v) : 0;
        }
        long graphBytes = tree.accumulate(retained);
        BuildTimings.mark("retained sizes");
        try (ArrayFileWriter idom = new ArrayFileWriter(dir.resolve(GraphFiles.IDOM));
             ArrayFileWriter kept = new ArrayFileWriter(dir.resolve(GraphFiles.RETAINED))) {
            for (int v = 0; v < n; v++) {
                idom.putInt(tree.immediateDominator(v));
                kept.putLong(retained[v]);
            }
        }
        BuildTimings.mark("dominator and retained files");
        retained = null; // the class table reads the file just written, leaving the heap to the tree walk
        MappedArray retainedFile = MappedArray.open(dir.resolve(GraphFiles.RETAINED), 8);
        List<HeapClass> classes = classTable(built, tree, classOf, shallow, retainedFile);
        BuildTimings.mark("class table");
        return new Result(classes, tree.reachableCount(), graphBytes);
    }

    /**
     * Unreachable objects become extra roots: those no other unreachable object refers to, and then, for
     * unreachable cycles, one object of each cycle that is still left over.
     */
    private static int[] withUnreachableRoots(DominatorTree tree, AdjacencyArrays successors,
                                              AdjacencyArrays predecessors, int[] roots) {
        int n = tree.nodeCount();
        List<Integer> extra = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (!tree.reachable(v)) {
                boolean referredByUnreachable = false;
                for (long e = predecessors.offsets().get(v); e < predecessors.offsets().get(v + 1L); e++) {
                    if (!tree.reachable(predecessors.targets().get(e))) {
                        referredByUnreachable = true;
                        break;
                    }
                }
                if (!referredByUnreachable) {
                    extra.add(v);
                }
            }
        }
        // unreachable cycles that nothing outside them refers to: one member of each becomes a root too
        java.util.BitSet covered = new java.util.BitSet(n);
        for (int seed : extra) {
            cover(tree, successors, covered, seed);
        }
        for (int v = 0; v < n; v++) {
            if (!tree.reachable(v) && !covered.get(v)) {
                extra.add(v);
                cover(tree, successors, covered, v);
            }
        }
        int[] all = new int[roots.length + extra.size()];
        System.arraycopy(roots, 0, all, 0, roots.length);
        for (int i = 0; i < extra.size(); i++) {
            all[roots.length + i] = extra.get(i);
        }
        return all;
    }

    /**
     * The reachable nodes in a preorder of the dominator tree itself, where every subtree is one contiguous
     * run. (The tree's own preorder follows the graph's depth-first search, whose subtrees can interleave
     * nodes a different dominator owns.)
     */
    private static int[] dominatorPreorder(DominatorTree tree) {
        int n = tree.nodeCount();
        int[] offsets = new int[n + 2];
        for (int v = 0; v < n; v++) {
            int d = tree.immediateDominator(v);
            if (d != DominatorTree.UNREACHABLE) {
                offsets[d + 2]++;
            }
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        int[] children = new int[offsets[n + 1]];
        int[] fill = offsets.clone();
        for (int v = 0; v < n; v++) {
            int d = tree.immediateDominator(v);
            if (d != DominatorTree.UNREACHABLE) {
                children[fill[d + 1]++] = v;
            }
        }
        int[] order = new int[children.length];
        int[] stack = fill; // reused: every node is pushed once
        int top = 0;
        for (int i = offsets[1] - 1; i >= offsets[0]; i--) {
            stack[top++] = children[i];
        }
        int at = 0;
        while (top > 0) {
            int v = stack[--top];
            order[at++] = v;
            for (int i = offsets[v + 2] - 1; i >= offsets[v + 1]; i--) {
                stack[top++] = children[i];
            }
        }
        return order;
    }

    /** Marks the unreachable nodes reachable from {@code seed} (itself included). */
    private static void cover(DominatorTree tree, AdjacencyArrays successors, java.util.BitSet covered, int seed) {
        if (covered.get(seed)) {
            return;
        }
        covered.set(seed);
        int[] stack = new int[16];
        int top = 0;
        stack[top++] = seed;
        while (top > 0) {
            int u = stack[--top];
            for (long e = successors.offsets().get(u); e < successors.offsets().get(u + 1L); e++) {
                int w = successors.targets().get(e);
                if (!tree.reachable(w) && !covered.get(w)) {
                    covered.set(w);
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = w;
                }
            }
        }
    }

    /**
     * Counts, shallow and retained bytes per class. A class's retained bytes sum the retained sizes of its
     * instances that no other instance of the class dominates (nested instances are already inside): one
     * walk in dominator-tree preorder, where an instance lies inside an earlier one of its class exactly when it falls in
     * that one's preorder interval.
     */
    private static List<HeapClass> classTable(GraphBuilder.Built built, DominatorTree tree, MappedArray classOf,
                                              MappedArray shallow, MappedArray retained) {
        int classCount = built.classKeys().size();
        long[] count = new long[classCount];
        long[] bytes = new long[classCount];
        long[] kept = new long[classCount];
        long[] lostCount = new long[classCount];
        long[] lostBytes = new long[classCount];
        int n = tree.nodeCount();
        for (int v = 0; v < n; v++) {
            int c = classOf.getInt(v);
            if (tree.reachable(v)) {
                count[c]++;
                bytes[c] += shallow.getLong(v);
            } else {
                lostCount[c]++;
                lostBytes[c] += shallow.getLong(v);
            }
        }
        int[] order = dominatorPreorder(tree);
        int reachable = order.length;
        int[] subtree = new int[n];
        for (int i = reachable - 1; i >= 0; i--) {
            int v = order[i];
            subtree[v]++;
            int d = tree.immediateDominator(v);
            if (d >= 0) {
                subtree[d] += subtree[v];
            }
        }
        int[] outerEnd = new int[classCount];
        for (int i = 0; i < reachable; i++) {
            int v = order[i];
            int c = classOf.getInt(v);
            if (outerEnd[c] <= i) {
                kept[c] += retained.getLong(v);
                outerEnd[c] = i + subtree[v];
            }
        }
        Map<String, Integer> names = new HashMap<>();
        List<String> nameOf = new ArrayList<>(classCount);
        List<String> loaderOf = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            long key = built.classKeys().get(c);
            String name = GraphBuilder.className(built.classes(), key);
            nameOf.add(name);
            loaderOf.add(key > 0 ? built.classes().loaderOf(key, built.loaderClasses()) : null);
            names.merge(name, 1, Integer::sum);
        }
        List<HeapClass> classes = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            classes.add(new HeapClass(nameOf.get(c), loaderOf.get(c), names.get(nameOf.get(c)) > 1, count[c],
                    bytes[c], kept[c], lostCount[c], lostBytes[c]));
        }
        return classes;
    }
}
