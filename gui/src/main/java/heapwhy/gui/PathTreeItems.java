package heapwhy.gui;

import heapwhy.paths.BackrefsResult;
import heapwhy.paths.PathTree;
import javafx.scene.control.TreeItem;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The merged paths as tree items under one hidden root, opened from the GC roots down as far as about a
 * screenful of lines allows: a path of single steps opens to its end, while a map with a thousand keys stays
 * closed and leaves room for its siblings.
 */
final class PathTreeItems {
    /** About how many lines the opened tree may show; more would bury the roots' siblings under one branch. */
    static final int OPEN_LINES = 200;

    private PathTreeItems() {
    }

    static TreeItem<PathTree> of(BackrefsResult result) {
        TreeItem<PathTree> top = new TreeItem<>();
        for (PathTree root : result.roots()) {
            top.getChildren().add(item(root));
        }
        top.setExpanded(true);
        open(top, OPEN_LINES);
        return top;
    }

    private static TreeItem<PathTree> item(PathTree t) {
        TreeItem<PathTree> item = new TreeItem<>(t);
        for (PathTree child : t.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    /** Opens items below the (open) top breadth first, nearest the top first, each only if its children fit. */
    static <T> void open(TreeItem<T> top, int maxLines) {
        int lines = top.getChildren().size();
        Deque<TreeItem<T>> todo = new ArrayDeque<>(top.getChildren());
        while (!todo.isEmpty()) {
            TreeItem<T> item = todo.removeFirst();
            int children = item.getChildren().size();
            if (children > 0 && lines + children <= maxLines) {
                item.setExpanded(true);
                lines += children;
                todo.addAll(item.getChildren());
            }
        }
    }
}
