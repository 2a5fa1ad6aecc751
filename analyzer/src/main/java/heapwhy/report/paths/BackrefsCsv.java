package heapwhy.report.paths;

import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathTree;
import heapwhy.report.Csv;

import java.util.Locale;

/**
 * The merged shortest paths as CSV, one row per line of the text tree, parents before children:
 * {@code depth,kind,label,class,value,paths,retained_bytes}. Roots are depth 0; kind is root, step, target or
 * more (the children cut by --too-many); paths and retained_bytes are the targets below the line.
 */
public final class BackrefsCsv {
    private BackrefsCsv() {
    }

    public static String format(BackrefsResult result) {
        StringBuilder out = new StringBuilder(Csv.record("depth", "kind", "label", "class", "value", "paths",
                "retained_bytes"));
        for (PathTree root : result.roots()) {
            rows(out, root, 0);
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, PathTree t, int depth) {
        boolean more = t.kind() == PathTree.Kind.MORE;
        out.append(Csv.record(String.valueOf(depth), t.kind().name().toLowerCase(Locale.ROOT),
                more ? t.hidden() + " more steps" : t.label(), more ? "" : t.className(), t.value(),
                Long.toString(t.count()), Long.toString(t.bytes())));
        for (PathTree child : t.children()) {
            rows(out, child, depth + 1);
        }
    }
}
