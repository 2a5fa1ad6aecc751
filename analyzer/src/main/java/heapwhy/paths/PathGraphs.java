package heapwhy.paths;

import heapwhy.paths.walk.ValueText;
import heapwhy.render.PathGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged paths as a picture model: one ROOT box per GC root (the root spelled out), OBJECT boxes for the
 * objects on the way (class and short value), TARGET boxes (class, number of targets and their retained
 * bytes) and MORE boxes, with the steps as arrow labels from holder to held.
 */
public final class PathGraphs {
    private PathGraphs() {
    }

    public static PathGraph of(BackrefsResult result) {
        List<PathGraph.Node> nodes = new ArrayList<>();
        List<PathGraph.Edge> edges = new ArrayList<>();
        int[] ids = {0};
        for (PathTree root : result.roots()) {
            add(root, null, nodes, edges, ids);
        }
        String what = result.query().className() != null
                ? heapwhy.classes.ClassNames.simpleName(result.query().className())
                : "the object";
        String shown = result.paths() == result.targets() ? PathGraph.count(result.targets())
                : PathGraph.count(result.paths()) + " of " + PathGraph.count(result.targets());
        String title = "What keeps " + (result.query().className() != null ? shown + " " : "") + what + " alive";
        return new PathGraph(title, nodes, edges);
    }

    /** The chain of one object as a picture: root, objects on the way, the target. */
    public static PathGraph of(Chain chain, heapwhy.graph.HeapIndex index) {
        List<PathGraph.Node> nodes = new ArrayList<>();
        List<PathGraph.Edge> edges = new ArrayList<>();
        String previous = "n0";
        nodes.add(new PathGraph.Node(previous, chain.steps().isEmpty() ? PathGraph.Kind.TARGET : PathGraph.Kind.ROOT,
                chain.rootText(), ""));
        for (int i = 0; i < chain.steps().size(); i++) {
            Step step = chain.steps().get(i);
            String id = "n" + (i + 1);
            boolean last = i == chain.steps().size() - 1;
            String value = null;
            try {
                value = ValueText.of(index, step.node());
            } catch (java.io.IOException e) {
                // no value then
            }
            nodes.add(new PathGraph.Node(id, last ? PathGraph.Kind.TARGET : PathGraph.Kind.OBJECT,
                    index.describe(step.node()), value == null ? "" : value));
            edges.add(new PathGraph.Edge(previous, id, step.label()));
            previous = id;
        }
        return new PathGraph("Shortest path to " + index.describe(chain.target()), nodes, edges);
    }

    private static void add(PathTree t, String parent, List<PathGraph.Node> nodes, List<PathGraph.Edge> edges,
                            int[] ids) {
        String id = "n" + ids[0]++;
        nodes.add(switch (t.kind()) {
            case ROOT -> new PathGraph.Node(id, PathGraph.Kind.ROOT, t.label(), paths(t));
            case STEP -> new PathGraph.Node(id, PathGraph.Kind.OBJECT, t.className(),
                    t.value() == null ? "" : t.value());
            case TARGET -> new PathGraph.Node(id, PathGraph.Kind.TARGET, t.className(), paths(t));
            case MORE -> new PathGraph.Node(id, PathGraph.Kind.MORE, t.label(), paths(t));
        });
        if (parent != null) {
            edges.add(new PathGraph.Edge(parent, id, t.kind() == PathTree.Kind.MORE ? "" : t.label() + examples(t)));
        }
        for (PathTree child : t.children()) {
            add(child, id, nodes, edges, ids);
        }
    }

    /** A merged step's first example, so that the picture shows one real key: " e.g. map[\"tenant-3\"]". */
    private static String examples(PathTree t) {
        return t.examples().size() < 2 ? "" : " e.g. " + t.examples().get(0);
    }

    private static String paths(PathTree t) {
        return PathGraph.count(t.count()) + (t.count() == 1 ? " path · " : " paths · ") + PathGraph.bytes(t.bytes()) + " retained";
    }
}
