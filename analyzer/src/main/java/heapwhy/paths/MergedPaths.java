package heapwhy.paths;

import heapwhy.collections.Container;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.RootText;
import heapwhy.paths.walk.ShortestPaths;
import heapwhy.paths.walk.ValueText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merged tree of shortest paths, grown one target at a time. Each path is worded only from the nearest
 * object that an earlier path already passed: where one of its steps ended ({@link Trail}), inside a
 * container's insides ({@link Inside}: a queue's thousandth node), or along a run of links ({@link Run}: a
 * linked list's thousandth element). So the cost of a path is its new part, and a queue of a million tasks
 * costs a million short walks, not a million walks through the queue.
 */
final class MergedPaths {
    /**
     * Paths worded with their keys and indexes from each place, for the examples of merged steps; the rest by
     * their shape alone, which reads no keys.
     */
    private static final int KEYED_PATHS = 8;

    private final HeapIndex index;
    private final ShortestPaths paths;
    private final BackrefsQuery query;
    private final ContainerSteps specific;
    private final ContainerSteps shapes;
    private final RootText rootText;
    private final Map<Integer, PathTree> roots = new HashMap<>();
    private final Map<PathTree, Map<String, PathTree>> childrenByKey = new HashMap<>();
    private final Map<Integer, Trail> trails = new HashMap<>();
    private final Map<Integer, Inside> insides = new HashMap<>();
    private final Map<Integer, Run> runs = new HashMap<>();
    private final Map<PathTree, Trail> trailOf = new HashMap<>();
    private int fromRoots;
    private long cut;
    private int[] up = new int[64];
    /** The targets added, in order, and the tree node each ended at; the tree node above each tree node. */
    private int[] added = new int[16];
    private int addedCount;
    private final List<PathTree> leaves = new ArrayList<>();
    private final Map<PathTree, PathTree> parentOf = new IdentityHashMap<>();

    /** The tree nodes from a root to where a step ended, and how many steps that took. */
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

    /** An object inside a container: the trail to the container and how its walk stood there. */
    private record Inside(Trail before, Container container, Set<String> prefixes) {
    }

    /** An object at the end of a run of one link ("next ×N"): the trail before the run, its link and length. */
    private record Run(Trail before, String link, int length) {
    }

    MergedPaths(HeapIndex index, ShortestPaths paths, BackrefsQuery query) throws IOException {
        this.index = index;
        this.paths = paths;
        this.query = query;
        this.specific = new ContainerSteps(index);
        this.shapes = new ContainerSteps(index, false);
        this.rootText = new RootText(index);
    }

    /** The roots of the tree grown so far. */
    List<PathTree> roots() {
        return new ArrayList<>(roots.values());
    }

    /** How many paths were longer than the query's depth and shown cut. */
    long cut() {
        return cut;
    }

    /** Adds the path of a target that a root reaches. */
    void add(int target) throws IOException {
        int length = 0;
        int memo = -1;
        for (int v = target; ; v = paths.parent(v)) {
            if (length == up.length) {
                up = Arrays.copyOf(up, length * 2);
            }
            up[length++] = v;
            if (v != target && (trails.containsKey(v) || insides.containsKey(v) || runs.containsKey(v))) {
                memo = v;
                break;
            }
            if (v != target && index.isClass(v) || paths.parent(v) < 0) {
                break;
            }
        }
        int[] chain = new int[length];
        for (int i = 0; i < length; i++) {
            chain[i] = up[length - 1 - i];
        }
        Trail base = null;
        List<Step> path = null;
        boolean keys;
        if (memo >= 0) {
            Trail at = trails.get(memo);
            Inside inside = insides.get(memo);
            Run run = runs.get(memo);
            base = at != null ? at : inside != null ? inside.before() : run.before();
            keys = query.byKey() || base.uses++ < KEYED_PATHS;
            ContainerSteps steps = keys ? specific : shapes;
            if (at != null) {
                path = steps.of(chain);
            } else if (inside != null) {
                path = fromInside(steps, inside, chain);
            } else {
                path = fromRun(steps, run, chain);
            }
            if (path == null || base.steps + path.size() > query.depth()) {
                base = null;
                chain = paths.shownChain(index, target);
                path = null;
            }
        } else {
            keys = query.byKey() || fromRoots++ < KEYED_PATHS;
        }
        ContainerSteps steps = keys ? specific : shapes;
        if (path == null) {
            path = steps.of(chain);
        }
        grow(target, chain[0], base, path, keys, steps.walks());
    }

    private List<Step> fromInside(ContainerSteps steps, Inside inside, int[] chain) throws IOException {
        ContainerSteps.Continued walked = steps.continueWalk(inside.container(), inside.prefixes(), chain);
        if (walked == null) {
            return null;
        }
        List<ContainerSteps.Walk> walks = new ArrayList<>(steps.walks());
        List<Step> path = new ArrayList<>();
        path.add(walked.step());
        if (walked.at() < chain.length - 1) {
            path.addAll(steps.of(Arrays.copyOfRange(chain, walked.at(), chain.length)));
            walks.addAll(steps.walks());
        }
        steps.walks().clear();
        steps.walks().addAll(walks);
        return path;
    }

    private List<Step> fromRun(ContainerSteps steps, Run run, int[] chain) throws IOException {
        List<Step> rest = steps.of(chain);
        List<Step> path = new ArrayList<>();
        int end = chain[0];
        if (!rest.isEmpty() && rest.get(0).link().equals(run.link()) && sameClass(end, rest.get(0).node())) {
            path.add(new Step(run.link(), rest.get(0).node(), run.length() + rest.get(0).times()));
            path.addAll(rest.subList(1, rest.size()));
        } else {
            path.add(new Step(run.link(), end, run.length()));
            path.addAll(rest);
        }
        return path;
    }

    /** Adds the path's steps under the base (or the chain's root) and remembers where later paths can go on. */
    private void grow(int target, int start, Trail base, List<Step> path, boolean keys, List<ContainerSteps.Walk> walks)
            throws IOException {
        long retained = index.retainedSize(target);
        List<PathTree> at = new ArrayList<>();
        int baseSteps;
        if (base == null) {
            PathTree root = roots.get(start);
            if (root == null) {
                root = new PathTree(PathTree.Kind.ROOT, rootText.of(paths, start), start, index.describe(start),
                        ValueText.of(index, start));
                roots.put(start, root);
            }
            at.add(root);
            baseSteps = 0;
            if (path.size() > query.depth()) {
                cut++;
                List<Step> shortened = new ArrayList<>(path.subList(0, query.depth() - 1));
                int skipped = path.size() - query.depth() + 1;
                shortened.add(new Step("… " + skipped + " steps … " + path.get(path.size() - 1).label(), target));
                path = shortened;
                walks = List.of();
            }
        } else {
            at.addAll(base.nodes);
            baseSteps = base.steps;
        }
        for (PathTree node : at) {
            node.add(1, retained);
        }
        int before = at.size();
        Map<Integer, Integer> stepOf = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            Step step = path.get(i);
            boolean last = i == path.size() - 1;
            String grouped = query.byKey() ? Backrefs.indexesGrouped(step.label()) : Backrefs.grouped(step.label());
            String key = (last ? "t:" : "s:") + grouped + "|" + index.classIndex(step.node());
            PathTree holderTree = at.get(at.size() - 1);
            Map<String, PathTree> children = childrenByKey.computeIfAbsent(holderTree, k -> new HashMap<>());
            PathTree child = children.get(key);
            if (child == null) {
                child = last
                        ? new PathTree(PathTree.Kind.TARGET, step.label(), step.node(), index.describe(step.node()), null)
                        : new PathTree(PathTree.Kind.STEP, step.label(), step.node(), index.describe(step.node()),
                                ValueText.of(index, step.node()));
                children.put(key, child);
                holderTree.mutableChildren().add(child);
                parentOf.put(child, holderTree);
                if (keys) {
                    child.example(step.label());
                }
            } else {
                child.merge(step.node(), keys ? step.label() : null, grouped);
            }
            child.add(1, retained);
            stepOf.putIfAbsent(step.node(), i);
            int holder = i == 0 ? start : path.get(i - 1).node();
            boolean link = isLink(step.label(), holder, step.node());
            if (link) {
                runs.putIfAbsent(step.node(), new Run(trail(at, baseSteps + i), step.link(), step.times()));
            }
            at.add(child);
            if (!last && !link && !step.label().startsWith("… ")) {
                trails.putIfAbsent(step.node(), trail(at, baseSteps + i + 1));
            }
        }
        if (addedCount == added.length) {
            added = Arrays.copyOf(added, addedCount * 2);
        }
        added[addedCount++] = target;
        leaves.add(at.get(at.size() - 1));
        for (ContainerSteps.Walk walk : walks) {
            Integer i = stepOf.get(walk.held());
            if (i == null) {
                continue;
            }
            Trail beforeWalk = trail(at.subList(0, before + i), baseSteps + i);
            for (int node : walk.inside()) {
                insides.putIfAbsent(node, new Inside(beforeWalk, walk.container(), walk.insides()));
            }
        }
    }

    /**
     * Takes back the bytes a target added where another target already counts them: a target that a target
     * dominates is part of that one's retained size, so a tree node above both (and the whole result) would
     * count it twice, as a chain of three nodes that each retain the rest would count 3 + 2 + 1 of them. For each
     * target below its nearest target in the dominator tree, its bytes leave the tree nodes both paths pass
     * (their common part, from the root down); nodes on its own branch keep them. Returns the bytes that
     * targets under another root add to the total though that other target counts them already.
     */
    long countEachObjectOnce() {
        TargetDominators above = new TargetDominators(index, Arrays.copyOf(added, addedCount));
        Map<Integer, Integer> leafIndex = new HashMap<>();
        long acrossRoots = 0;
        for (int i = 0; i < addedCount; i++) {
            int target = added[i];
            int holder = above.nearest(target);
            if (holder < 0) {
                continue;
            }
            if (leafIndex.isEmpty()) {
                for (int j = 0; j < addedCount; j++) {
                    leafIndex.putIfAbsent(added[j], j);
                }
            }
            PathTree shared = commonAncestor(leaves.get(i), leaves.get(leafIndex.get(holder)));
            long retained = index.retainedSize(target);
            if (shared == null) {
                acrossRoots += retained;
            }
            for (PathTree t = shared; t != null; t = parentOf.get(t)) {
                t.add(0, -retained);
            }
        }
        return acrossRoots;
    }

    private PathTree commonAncestor(PathTree a, PathTree b) {
        Set<PathTree> aboveB = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PathTree t = b; t != null; t = parentOf.get(t)) {
            aboveB.add(t);
        }
        for (PathTree t = a; t != null; t = parentOf.get(t)) {
            if (aboveB.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** The one trail that ends at the last of these tree nodes (a tree node has one way from its root). */
    private Trail trail(List<PathTree> nodes, int steps) {
        return trailOf.computeIfAbsent(nodes.get(nodes.size() - 1), last -> new Trail(List.copyOf(nodes), steps));
    }

    /** A step from an object to another of its class by one plain field: a link of a chain. */
    private boolean isLink(String label, int holder, int node) {
        return !label.startsWith("<") && !label.startsWith("static ") && !label.startsWith("… ")
                && !label.endsWith("]") && sameClass(holder, node);
    }

    private boolean sameClass(int a, int b) {
        return !index.isClass(a) && !index.isClass(b) && index.classIndex(a) == index.classIndex(b);
    }
}
