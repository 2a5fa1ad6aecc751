package heapwhy.report.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.BackrefsQuery;
import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathTree;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

import java.util.function.Function;

/**
 * The merged shortest paths as an indented tree from the GC roots down to the targets, one step per line:
 * the step, the object's class (and a short value), and for targets and roots the number of paths and the
 * sum of the targets' retained sizes.
 */
public final class BackrefsText {
    private BackrefsText() {
    }

    /**
     * What a query asks about, as the headline names it: "com.example.Order", "com.example.Order and subclasses"
     * or one object, "java.util.HashMap 0x…".
     */
    public static String target(HeapIndex index, BackrefsQuery query) {
        if (query.className() != null) {
            return query.className() + (query.subclasses() ? " and subclasses" : "");
        }
        return index.describe(query.node()) + " " + ObjectIdText.hex(index.objectId(query.node()));
    }

    /** "What keeps X alive: shortest paths from the GC roots over strong references, merged by step." */
    public static String headline(BackrefsResult result, String what) {
        return "What keeps " + what + " alive: shortest paths from the GC roots"
                + (result.query().includeWeak() ? " (weak, soft and phantom references followed)"
                : " over strong references")
                + ", merged by step.";
    }

    /** @param unknownClass what to say instead of "No reachable object matches." when no class has the name, or null */
    public static String format(HeapIndex index, BackrefsResult result, String what, String unknownClass) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(headline(result, what)).append(nl);
        out.append(Sizes.grouped(result.targets())).append(result.targets() == 1 ? " target" : " targets");
        if (result.considered() < result.targets()) {
            out.append(", the first ").append(Sizes.grouped(result.considered())).append(" considered (--max-paths)");
        }
        out.append("; ").append(Sizes.grouped(result.paths())).append(result.paths() == 1 ? " path" : " paths")
                .append(" shown, ").append(Sizes.human(result.bytes())).append(" retained by their targets.")
                .append(nl);
        if (result.cutAtDepth() > 0) {
            out.append(Sizes.grouped(result.cutAtDepth())).append(" paths are longer than --depth and shown cut.")
                    .append(nl);
        }
        out.append(nl);
        String capped = result.considered() < result.targets()
                ? " of the first " + Sizes.grouped(result.considered()) + " targets" : "";
        for (PathTree root : result.roots()) {
            out.append(root.label()).append("  ").append(counts(root)).append(capped).append(nl);
            children(out, root, "", BackrefsText::line);
        }
        if (result.withoutStrongPath() > 0) {
            if (!result.roots().isEmpty()) {
                out.append(nl);
            }
            out.append(Sizes.grouped(result.withoutStrongPath())).append(result.withoutStrongPath() == 1
                    ? " target has no " : " targets have no ")
                    .append(result.query().includeWeak() ? "path from a GC root" : "strong path from a GC root: "
                            + "held only through weak, soft, phantom or final references (--include-weak shows them)")
                    .append(", e.g.");
            for (int node : result.withoutPathExamples()) {
                out.append(' ').append(ObjectIdText.hex(index.objectId(node)));
            }
            out.append(nl);
        }
        if (result.targets() == 0) {
            out.append(unknownClass != null ? unknownClass : "No reachable object matches.").append(nl);
        }
        return out.toString();
    }

    /**
     * Appends the nodes below {@code t}, one per line, indented as a tree ("├─ ", "└─ ") under {@code indent};
     * {@code line} words each node (the window words steps with their counts).
     */
    public static void children(StringBuilder out, PathTree t, String indent, Function<PathTree, String> line) {
        String nl = System.lineSeparator();
        int i = 0;
        for (PathTree child : t.children()) {
            boolean last = ++i == t.children().size();
            out.append(indent).append(last ? "└─ " : "├─ ").append(line.apply(child)).append(nl);
            children(out, child, indent + (last ? "   " : "│  "), line);
        }
    }

    /** A step, a "more steps" node or a target on one line; roots are written with their counts instead. */
    public static String line(PathTree t) {
        return switch (t.kind()) {
            case MORE -> "… " + t.hidden() + " more steps (" + counts(t) + ")";
            case TARGET -> t.label() + " → " + t.className() + " (" + counts(t) + ")" + t.examplesText();
            default -> t.label() + " → " + t.className() + (t.value() == null ? "" : " " + t.value())
                    + t.examplesText();
        };
    }

    /** "×12, 3.4 MB": how many paths go through a node and what their targets retain. */
    public static String counts(PathTree t) {
        return "×" + Sizes.grouped(t.count()) + ", " + Sizes.human(t.bytes());
    }
}
