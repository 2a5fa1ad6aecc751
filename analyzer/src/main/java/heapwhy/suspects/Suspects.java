package heapwhy.suspects;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.Paths;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leak suspects of one dump, read off the dominator tree: the top-most objects that retain at least a
 * threshold share of the heap, and for each the accumulation point below it, where one chain of single big
 * children ends and the memory spreads over many children (a map's table, a list's array).
 */
public final class Suspects {
    /** The share of the heap a suspect retains at least, unless told otherwise. */
    public static final double DEFAULT_THRESHOLD = 10.0;
    /** A child that retains at least this share of its parent carries the walk down to it. */
    public static final double DOMINANT_CHILD = 0.8;
    /** How many classes of an accumulation point's children are told. */
    public static final int HELD_CLASSES = 5;

    private Suspects() {
    }

    /** The suspects at thresholdPercent (0 to 100) of the reachable heap. */
    public static SuspectsReport find(HeapIndex index, double thresholdPercent) throws IOException {
        if (!(thresholdPercent >= 0 && thresholdPercent <= 100)) {
            throw new IllegalArgumentException("threshold must be between 0 and 100, not " + thresholdPercent);
        }
        long total = index.graphBytes();
        long minBytes = Math.max(1, (long) Math.ceil(total * thresholdPercent / 100));
        List<Suspect> suspects = new ArrayList<>();
        // an object retains at least what any object below it does, so the top-most objects above the
        // threshold are the virtual root's children above it; they come sorted, biggest first
        for (int node : index.dominatedBy(HeapIndex.ROOT)) {
            long retained = index.retainedSize(node);
            if (retained < minBytes) {
                break;
            }
            suspects.add(suspect(index, node));
        }
        List<ClassSuspect> classSuspects = new ArrayList<>();
        if (suspects.isEmpty()) {
            for (HeapClass c : index.classes()) {
                if (c.retainedBytes() >= minBytes) {
                    classSuspects.add(new ClassSuspect(c, percent(total, c.retainedBytes())));
                }
            }
            classSuspects.sort(Comparator.comparingLong((ClassSuspect s) -> -s.heapClass().retainedBytes())
                    .thenComparing(s -> s.heapClass().displayName()));
        }
        return new SuspectsReport(thresholdPercent, total, suspects, classSuspects);
    }

    private static Suspect suspect(HeapIndex index, int node) throws IOException {
        int at = accumulationPoint(index, node);
        int[] children = index.dominatedBy(at);
        return new Suspect(node, index.retainedSize(node), percent(index.graphBytes(), index.retainedSize(node)),
                at, children.length, heldClasses(index, children), contents(index, at),
                Paths.shortestChain(index, at, false));
    }

    /** Down the dominator tree from the node while one child holds most of its parent. */
    static int accumulationPoint(HeapIndex index, int node) {
        int at = node;
        while (true) {
            int[] children = index.dominatedBy(at);
            if (children.length == 0 || index.retainedSize(children[0]) < DOMINANT_CHILD * index.retainedSize(at)) {
                return at;
            }
            at = children[0];
        }
    }

    private static List<HeldClass> heldClasses(HeapIndex index, int[] children) {
        Map<String, long[]> byClass = new HashMap<>();
        for (int child : children) {
            long[] countAndBytes = byClass.computeIfAbsent(index.describe(child), k -> new long[2]);
            countAndBytes[0]++;
            countAndBytes[1] += index.retainedSize(child);
        }
        List<HeldClass> held = new ArrayList<>();
        byClass.forEach((name, cb) -> held.add(new HeldClass(name, cb[0], cb[1])));
        held.sort(Comparator.comparingLong((HeldClass h) -> -h.bytes()).thenComparingLong(h -> -h.count())
                .thenComparing(HeldClass::className));
        return held.subList(0, Math.min(HELD_CLASSES, held.size()));
    }

    /** The classes of everything below the accumulation point, by shallow bytes: what actually piles up. */
    private static List<ContainedClass> contents(HeapIndex index, int at) {
        long[] counts = new long[index.classes().size()];
        long[] bytes = new long[counts.length];
        index.forEachDominated(at, node -> {
            counts[index.classIndex(node)]++;
            bytes[index.classIndex(node)] += index.shallowSize(node);
        });
        List<ContainedClass> contents = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                contents.add(new ContainedClass(index.classes().get(c).displayName(), counts[c], bytes[c]));
            }
        }
        contents.sort(Comparator.comparingLong((ContainedClass c) -> -c.shallowBytes())
                .thenComparingLong(c -> -c.count()).thenComparing(ContainedClass::className));
        return contents.subList(0, Math.min(HELD_CLASSES, contents.size()));
    }

    private static double percent(long total, long bytes) {
        return total > 0 ? bytes * 100.0 / total : 0;
    }
}
