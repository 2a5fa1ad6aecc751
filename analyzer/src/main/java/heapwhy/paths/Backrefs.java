package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.ShortestPaths;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What keeps the targets alive: one shortest path from a GC root to each target, merged from the root side
 * into a tree by the shape of their steps (as "merge shortest paths to GC roots" does): under one tree node,
 * the paths whose next step is the same field, or goes into the same container the same way whatever the key
 * or index ({@code map[…]}, {@code list[…]}, {@code next ×…}), and leads to an object of the same class share
 * one child, which keeps a few of the keys as examples. So the 60,000 values of one map make one line, and
 * 10,000 listeners of one list, each holding a session, make two.
 */
public final class Backrefs {
    /** The length of a run of links ("next ×12"). */
    private static final java.util.regex.Pattern RUN = java.util.regex.Pattern.compile(" ×[\\d,]+$");

    private static final int EXAMPLES = 5;
    private Backrefs() {
    }

    public static BackrefsResult run(HeapIndex index, BackrefsQuery query) throws IOException {
        long targets = 0;
        List<Integer> considered = new ArrayList<>();
        if (query.className() == null) {
            if (index.inGraph(query.node())) {
                targets = 1;
                considered.add(query.node());
            }
        } else {
            boolean[] wanted = TargetClasses.of(index, query.className(), query.subclasses());
            for (int v = 0; v < index.nodeCount(); v++) {
                if (wanted[index.classIndex(v)] && index.inGraph(v) && !index.isClass(v)) {
                    targets++;
                    if (considered.size() < query.maxPaths()) {
                        considered.add(v);
                    }
                }
            }
        }
        ShortestPaths paths = ShortestPaths.compute(index, query.includeWeak());
        MergedPaths merged = new MergedPaths(index, paths, query);
        long without = 0;
        List<Integer> examples = new ArrayList<>();
        for (int target : considered) {
            if (!paths.reached(target)) {
                without++;
                if (examples.size() < EXAMPLES) {
                    examples.add(target);
                }
                continue;
            }
            merged.add(target);
        }
        long cut = merged.cut();
        long counted = -merged.countEachObjectOnce();
        List<PathTree> sorted = merged.roots();
        for (PathTree root : sorted) {
            counted += root.bytes();
        }
        sortAndTrim(sorted, query.tooMany());
        for (PathTree root : sorted) {
            trimBelow(root, query.tooMany());
        }
        return new BackrefsResult(query, targets, considered.size(), without, examples, cut, sorted, counted);
    }

    /** The step with its array and list indexes as "…", its keys kept: siblings merge only under one key. */
    static String indexesGrouped(String label) {
        return RUN.matcher(label).replaceAll(" ×…").replaceAll("\\[\\d+\\]", "[…]");
    }

    /**
     * The step's shape: its keys, indexes and run lengths replaced by "…", so that siblings reached alike merge
     * ("map[\"k\"]" → "map[…]", "[3]" → "[…]", "map key \"k\"" → "map key …", "next ×12" → "next ×…"). Read
     * by hand, not by patterns: it runs for every step of every path.
     */
    static String grouped(String label) {
        String shape = label;
        int run = shape.lastIndexOf(" ×");
        if (run >= 0 && isCount(shape, run + 2)) {
            shape = shape.substring(0, run) + " ×…";
        }
        if (shape.startsWith("static ") || shape.startsWith("<")) {
            return shape;
        }
        int open = shape.indexOf('[');
        if (open >= 0 && shape.endsWith("]") && isWord(shape, 0, open)) {
            return shape.substring(0, open) + "[…]";
        }
        int key = shape.indexOf(" key ");
        if (key > 0 && isWord(shape, 0, key)) {
            return shape.substring(0, key) + " key …";
        }
        return shape;
    }

    private static boolean isCount(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == ',')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static void trimBelow(PathTree node, int tooMany) {
        sortAndTrim(node.mutableChildren(), tooMany);
        for (PathTree child : node.mutableChildren()) {
            trimBelow(child, tooMany);
        }
    }

    private static final Comparator<PathTree> MOST_PATHS_FIRST = Comparator.comparingLong((PathTree t) -> -t.count())
            .thenComparingLong(t -> -t.bytes()).thenComparing(PathTree::label);

    private static void sortAndTrim(List<PathTree> children, int tooMany) {
        children.sort(MOST_PATHS_FIRST);
        if (children.size() > tooMany) {
            List<PathTree> rest = children.subList(tooMany, children.size());
            PathTree more = new PathTree(PathTree.Kind.MORE, rest.size() + " more", -1, null, null);
            more.hidden(rest.size());
            for (PathTree t : rest) {
                more.add(t.count(), t.bytes());
            }
            rest.clear();
            children.add(more);
        }
    }
}
