package heapwhy.suspects;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.ShortestChains;
import heapwhy.paths.walk.EdgeLabels;

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
 *
 * <p>A class loader or a class mirror is seldom the answer, though it is often the top-most object: the
 * application's loader dominates every class it defined and so all that their statics hold. The rule:
 * <ul>
 * <li>Below a class loader or class mirror that passes the threshold, the walk goes on to the objects it
 *     dominates that still pass it (a loader's classes, a class's static map), as many levels as needed; those
 *     are the suspects, each with the field that holds it ({@code static MyCache.ENTRIES}).</li>
 * <li>A loader or class whose dominated objects are all below the threshold stays the suspect as
 *     {@link SuspectKind#STATICS}: its memory is spread over what its statics hold, and the report names the
 *     biggest of those. So does one that keeps the threshold share beside the suspects found below it.</li>
 * <li>A class loader stays the suspect as {@link SuspectKind#KEPT_LOADER}, not looked into, when it is not
 *     the JDK's own (see {@link Loaders}) and what holds it is not the loader hierarchy: the object before it on
 *     its shortest strong chain (or the class it was found under) holds it by some field other than a child
 *     loader's {@code parent}, e.g. a static of another loader's class after a redeploy, or a thread's context
 *     loader. Its accumulation point and what piles up in it are still told.</li>
 * </ul>
 * The suspects come by the bytes each alone accounts for, biggest first.
 */
public final class Suspects {
    /** The share of the heap a suspect retains at least, unless told otherwise. */
    public static final double DEFAULT_THRESHOLD = 10.0;
    /** A child that retains at least this share of its parent carries the walk down to it. */
    public static final double DOMINANT_CHILD = 0.8;
    /** How many classes of an accumulation point's children are told (and how many held objects). */
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
        Loaders loaders = new Loaders(index);
        Descent descent = new Descent(index, loaders, new EdgeLabels(index), minBytes);
        List<Descent.Found> found = new ArrayList<>();
        // an object retains at least what any object below it does, so the top-most objects above the
        // threshold are the virtual root's children above it; they come sorted, biggest first
        for (int node : index.dominatorTree().topLevel()) {
            if (index.retainedSize(node) < minBytes) {
                break;
            }
            found.addAll(descent.from(node));
        }
        // a collection or a kept loader is a place to fix; memory spread over a loader's statics comes after
        found.sort(Comparator.comparing((Descent.Found f) -> f.kind() == SuspectKind.STATICS)
                .thenComparingLong(f -> -f.ownBytes()).thenComparingInt(Descent.Found::node));
        List<Suspect> suspects = new ArrayList<>();
        for (Descent.Found f : found) {
            suspects.add(suspect(index, loaders, descent, f));
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

    private static Suspect suspect(HeapIndex index, Loaders loaders, Descent descent, Descent.Found found)
            throws IOException {
        int node = found.node();
        // a statics holder is where its memory spreads; what passes the threshold below it has suspects of its own
        int at = found.kind() == SuspectKind.STATICS ? node : accumulationPoint(index, node);
        int[] children = Contents.children(index, at, found.below());
        boolean spread = index.isClass(at) || loaders.isLoader(at);
        return new Suspect(node, found.kind(), found.holder(), index.retainedSize(node),
                percent(index.graphBytes(), index.retainedSize(node)), found.ownBytes(), at, children.length,
                heldClasses(index, children), Contents.of(index, at, found.below()),
                spread ? BiggestHeld.of(index, descent, at, found.below()) : List.of(),
                ShortestChains.shortestChain(index, at, false));
    }

    /** Down the dominator tree from the node while one child holds most of its parent. */
    static int accumulationPoint(HeapIndex index, int node) {
        int at = node;
        while (true) {
            int[] children = index.dominatorTree().dominatedBy(at);
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

    private static double percent(long total, long bytes) {
        return total > 0 ? bytes * 100.0 / total : 0;
    }
}
