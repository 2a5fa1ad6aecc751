package heapwhy.paths;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeps the targets alive: one shortest path from a GC root to each target, merged from the root side
 * into a tree by the shape of their steps (as "merge shortest paths to GC roots" does): under one tree node,
 * the paths whose next step is the same field, or goes into the same container the same way whatever the key
 * or index ({@code map[…]}, {@code list[…]}, {@code next ×…}), and leads to an object of the same class share
 * one child, which keeps a few of the keys as examples. So the 60,000 values of one map make one line, and
 * 10,000 listeners of one list, each holding a session, make two.
 */
public final class Backrefs {
    /** An element's key or index in a step label ("map[\"k\"]", "list[3]", "[3]"): merged away. */
    private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern.compile("^(\\w*)\\[.*\\]$");
    /** The key of a step through a map's key ("map key \"k\""). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^(\\w+) key .*$");
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
        Steps steps = new Steps(index);
        RootText rootText = new RootText(index);
        Map<Integer, PathTree> roots = new HashMap<>();
        Map<PathTree, Map<String, PathTree>> childrenByKey = new HashMap<>();
        long without = 0;
        long cut = 0;
        List<Integer> examples = new ArrayList<>();
        for (int target : considered) {
            int[] chain = paths.shownChain(index, target);
            if (chain == null) {
                without++;
                if (examples.size() < EXAMPLES) {
                    examples.add(target);
                }
                continue;
            }
            long retained = index.retainedSize(target);
            PathTree at = roots.get(chain[0]);
            if (at == null) {
                at = new PathTree(PathTree.Kind.ROOT, rootText.of(paths, chain[0]), chain[0], index.describe(chain[0]),
                        ValueText.of(index, chain[0]));
                roots.put(chain[0], at);
            }
            at.add(1, retained);
            List<Step> path = steps.of(chain);
            if (path.size() > query.depth()) {
                cut++;
                List<Step> shortened = new ArrayList<>(path.subList(0, query.depth() - 1));
                int skipped = path.size() - query.depth() + 1;
                shortened.add(new Step("… " + skipped + " steps … " + path.get(path.size() - 1).label(), target));
                path = shortened;
            }
            for (int i = 0; i < path.size(); i++) {
                Step step = path.get(i);
                boolean last = i == path.size() - 1;
                String grouped = grouped(step.label());
                String key = (last ? "t:" : "s:") + grouped + "|" + index.classIndex(step.node());
                Map<String, PathTree> children = childrenByKey.computeIfAbsent(at, k -> new HashMap<>());
                PathTree child = children.get(key);
                if (child == null) {
                    child = last
                            ? new PathTree(PathTree.Kind.TARGET, step.label(), step.node(), index.describe(step.node()), null)
                            : new PathTree(PathTree.Kind.STEP, step.label(), step.node(), index.describe(step.node()),
                                    ValueText.of(index, step.node()));
                    children.put(key, child);
                    at.mutableChildren().add(child);
                } else {
                    child.merge(step.node(), step.label(), grouped);
                }
                child.add(1, retained);
                at = child;
            }
        }
        List<PathTree> sorted = new ArrayList<>(roots.values());
        sortAndTrim(sorted, query.tooMany());
        for (PathTree root : sorted) {
            trimBelow(root, query.tooMany());
        }
        return new BackrefsResult(query, targets, considered.size(), without, examples, cut, sorted);
    }

    /** The step's shape: its keys, indexes and run lengths replaced by "…", so that siblings reached alike merge. */
    static String grouped(String label) {
        String shape = RUN.matcher(label).replaceAll(" ×…");
        if (shape.startsWith("static ") || shape.startsWith("<")) {
            return shape;
        }
        shape = ELEMENT.matcher(shape).replaceAll("$1[…]");
        return KEY.matcher(shape).replaceAll("$1 key …");
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
