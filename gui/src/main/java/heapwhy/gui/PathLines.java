package heapwhy.gui;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathTree;
import heapwhy.report.paths.BackrefsText;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

/**
 * The merged shortest paths in words, worded as {@code heapwhy backrefs} prints them, so that what one reads in
 * the window, copies from it and gets from the command line agree: the headline, the counts and the lines of
 * targets come from {@link BackrefsText}. Where the command line names an option, the control of the Paths view
 * is named instead, so those sentences are worded here.
 */
final class PathLines {
    private PathLines() {
    }

    /** The lines above the tree: what was asked, how many targets and paths, what was cut. */
    static String header(BackrefsResult result, String what) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(BackrefsText.headline(result, what)).append(nl);
        out.append(Sizes.grouped(result.targets())).append(result.targets() == 1 ? " target" : " targets");
        if (result.considered() < result.targets()) {
            out.append(", the first ").append(Sizes.grouped(result.considered())).append(" considered");
        }
        out.append("; ").append(Sizes.grouped(result.paths())).append(result.paths() == 1 ? " path" : " paths")
                .append(" shown, ").append(Sizes.human(result.bytes())).append(" retained by their targets.");
        if (result.cutAtDepth() > 0) {
            out.append(nl).append(Sizes.grouped(result.cutAtDepth())).append(" paths are longer than ")
                    .append(result.query().depth()).append(" steps and shown cut.");
        }
        return out.toString();
    }

    /** The lines below the tree: targets no root reaches, or that nothing matched; empty if neither. */
    static String footer(HeapIndex index, BackrefsResult result) {
        StringBuilder out = new StringBuilder();
        if (result.withoutStrongPath() > 0) {
            out.append(Sizes.grouped(result.withoutStrongPath())).append(result.withoutStrongPath() == 1
                    ? " target has no " : " targets have no ")
                    .append(result.query().includeWeak() ? "path from a GC root" : "strong path from a GC root: "
                            + "held only through weak, soft, phantom or final references (\"include weak references\""
                            + " shows them)")
                    .append(", e.g.");
            for (int node : result.withoutPathExamples()) {
                out.append(' ').append(ObjectIdText.hex(index.objectId(node)));
            }
        }
        if (result.targets() == 0) {
            out.append(out.length() > 0 ? System.lineSeparator() : "").append("No reachable object matches.");
        }
        return out.toString();
    }

    /**
     * One node of the tree on one line. Unlike the command line's text, steps carry their counts too: a
     * collapsed step would otherwise hide how many paths go through it.
     */
    static String line(PathTree t) {
        return switch (t.kind()) {
            case ROOT -> t.label() + "  " + BackrefsText.counts(t);
            case MORE, TARGET -> BackrefsText.line(t);
            case STEP -> t.label() + " → " + t.className() + (t.value() == null ? "" : " " + t.value())
                    + "  " + BackrefsText.counts(t) + t.examplesText();
        };
    }

    /** Header, every node of the tree indented as the command line draws it, and footer: what Ctrl+C copies. */
    static String text(HeapIndex index, BackrefsResult result, String what) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(header(result, what)).append(nl).append(nl);
        for (PathTree root : result.roots()) {
            out.append(line(root)).append(nl);
            BackrefsText.children(out, root, "", PathLines::line);
        }
        String footer = footer(index, result);
        if (!footer.isEmpty()) {
            out.append(result.roots().isEmpty() ? "" : nl).append(footer).append(nl);
        }
        return out.toString();
    }
}
