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
    /**
     * Paths worded with their keys and indexes from each place, for the examples of merged steps; the rest by
     * their shape alone, which reads no keys.
     */
    private static final int KEYED_PATHS = 8;

    /**
     * The tree nodes from the root to where a path's step ended at an object, and how many steps that took:
     * a later path through the same object goes on from there instead of being worded again from its root.
     */
    private static final class Trail {
        final List<PathTree> nodes;
        final int steps;
        /** How many paths went on from here; the first few are worded with their keys. */
        int uses;

        Trail(List<PathTree> nodes, int steps) {
            this.nodes = nodes;
            this.steps = steps;
        }
    }

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
        Steps specific = new Steps(index);
        Steps shapes = new Steps(index, false);
        RootText rootText = new RootText(index);
        Map<Integer, PathTree> roots = new HashMap<>();
        Map<PathTree, Map<String, PathTree>> childrenByKey = new HashMap<>();
        Map<Integer, Trail> trails = new HashMap<>();
        long without = 0;
        long cut = 0;
        int fromRoots = 0;
        List<Integer> examples = new ArrayList<>();
        int[] up = new int[64];
        for (int target : considered) {
            if (!paths.reached(target)) {
                without++;
                if (examples.size() < EXAMPLES) {
                    examples.add(target);
                }
                continue;
            }
            // up to the start of the shown chain (its last class, or its root), or to a place met before
            int length = 0;
            Trail trail = null;
            for (int v = target; ; v = paths.parent(v)) {
                if (length == up.length) {
                    up = java.util.Arrays.copyOf(up, length * 2);
                }
                up[length++] = v;
                if (v != target && (trail = trails.get(v)) != null || v != target && index.isClass(v)
                        || paths.parent(v) < 0) {
                    break;
                }
            }
            int[] chain = new int[length];
            for (int i = 0; i < length; i++) {
                chain[i] = up[length - 1 - i];
            }
            boolean keys = query.byKey() || (trail == null ? fromRoots++ : trail.uses++) < KEYED_PATHS;
            List<Step> path = (keys ? specific : shapes).of(chain);
            if (trail != null && trail.steps + path.size() > query.depth()) {
                chain = paths.shownChain(index, target);
                path = (keys ? specific : shapes).of(chain);
                trail = null;
            }
            long retained = index.retainedSize(target);
            List<PathTree> at = new ArrayList<>();
            if (trail == null) {
                PathTree root = roots.get(chain[0]);
                if (root == null) {
                    root = new PathTree(PathTree.Kind.ROOT, rootText.of(paths, chain[0]), chain[0],
                            index.describe(chain[0]), ValueText.of(index, chain[0]));
                    roots.put(chain[0], root);
                }
                at.add(root);
                if (path.size() > query.depth()) {
                    cut++;
                    List<Step> shortened = new ArrayList<>(path.subList(0, query.depth() - 1));
                    int skipped = path.size() - query.depth() + 1;
                    shortened.add(new Step("… " + skipped + " steps … " + path.get(path.size() - 1).label(), target));
                    path = shortened;
                }
            } else {
                at.addAll(trail.nodes);
            }
            for (PathTree node : at) {
                node.add(1, retained);
            }
            int before = at.size() - 1;
            for (int i = 0; i < path.size(); i++) {
                Step step = path.get(i);
                boolean last = i == path.size() - 1;
                String grouped = query.byKey() ? indexesGrouped(step.label()) : grouped(step.label());
                String key = (last ? "t:" : "s:") + grouped + "|" + index.classIndex(step.node());
                PathTree holder = at.get(at.size() - 1);
                Map<String, PathTree> children = childrenByKey.computeIfAbsent(holder, k -> new HashMap<>());
                PathTree child = children.get(key);
                if (child == null) {
                    child = last
                            ? new PathTree(PathTree.Kind.TARGET, step.label(), step.node(), index.describe(step.node()), null)
                            : new PathTree(PathTree.Kind.STEP, step.label(), step.node(), index.describe(step.node()),
                                    ValueText.of(index, step.node()));
                    children.put(key, child);
                    holder.mutableChildren().add(child);
                } else {
                    child.merge(step.node(), keys ? step.label() : null, grouped);
                }
                child.add(1, retained);
                at.add(child);
                boolean endsPlainly = !step.label().contains(" ×") && !step.label().startsWith("… ");
                if (!last && endsPlainly && !trails.containsKey(step.node())) {
                    trails.put(step.node(), new Trail(List.copyOf(at), before + i + 1));
                }
            }
        }
        List<PathTree> sorted = new ArrayList<>(roots.values());
        sortAndTrim(sorted, query.tooMany());
        for (PathTree root : sorted) {
            trimBelow(root, query.tooMany());
        }
        return new BackrefsResult(query, targets, considered.size(), without, examples, cut, sorted);
    }

    /** The step with its array and list indexes as "…", its keys kept: siblings merge only under one key. */
    static String indexesGrouped(String label) {
        return RUN.matcher(label).replaceAll(" ×…").replaceAll("\\[\\d+\\]", "[…]");
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
