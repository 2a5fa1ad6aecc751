package heapwhy.suspects;

import heapwhy.graph.HeapIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/** The classes of everything a node keeps alive, by shallow bytes: what actually piles up in it. */
final class Contents {
    private Contents() {
    }

    /** What the node's dominator subtree holds below it, the subtrees of the left-out nodes not counted. */
    static List<ContainedClass> of(HeapIndex index, int at, Set<Integer> leftOut) {
        long[] counts = new long[index.classes().size()];
        long[] bytes = new long[counts.length];
        IntConsumer count = node -> {
            counts[index.classIndex(node)]++;
            bytes[index.classIndex(node)] += index.shallowSize(node);
        };
        walk(index, at, leftOut, onTheWay(index, at, leftOut), count);
        List<ContainedClass> contents = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                contents.add(new ContainedClass(index.classes().get(c).displayName(), counts[c], bytes[c]));
            }
        }
        contents.sort(Comparator.comparingLong((ContainedClass c) -> -c.shallowBytes())
                .thenComparingLong(c -> -c.count()).thenComparing(ContainedClass::className));
        return contents.subList(0, Math.min(Suspects.HELD_CLASSES, contents.size()));
    }

    /** The node's immediate children in the dominator tree, biggest first, without the left-out ones. */
    static int[] children(HeapIndex index, int at, Set<Integer> leftOut) {
        return java.util.Arrays.stream(index.dominatorTree().dominatedBy(at)).filter(child -> !leftOut.contains(child)).toArray();
    }

    /** The nodes from the left-out ones up to the node: only there must the walk look at each child. */
    private static Set<Integer> onTheWay(HeapIndex index, int at, Set<Integer> leftOut) {
        Set<Integer> way = new HashSet<>();
        for (int node : leftOut) {
            for (int up = index.immediateDominator(node); up >= 0 && up != at && way.add(up); ) {
                up = index.immediateDominator(up);
            }
        }
        return way;
    }

    private static void walk(HeapIndex index, int node, Set<Integer> leftOut, Set<Integer> onTheWay,
                             IntConsumer count) {
        if (leftOut.isEmpty()) {
            index.dominatorTree().forEachDominated(node, count);
            return;
        }
        for (int child : index.dominatorTree().dominatedBy(node)) {
            if (leftOut.contains(child)) {
                continue;
            }
            count.accept(child);
            if (onTheWay.contains(child)) {
                walk(index, child, leftOut, onTheWay, count);
            } else {
                index.dominatorTree().forEachDominated(child, count);
            }
        }
    }
}
