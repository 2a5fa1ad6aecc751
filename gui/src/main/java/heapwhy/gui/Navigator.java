package heapwhy.gui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Moves between views: "paths to these objects", "inspect this object". Views register what they do with such
 * a request, so that a view offering the move does not know which view answers it.
 */
public final class Navigator {
    private final Explorer explorer;
    private final List<BiConsumer<OpenedDump, String>> classPaths = new ArrayList<>();
    private final List<BiConsumer<OpenedDump, Integer>> inspectors = new ArrayList<>();
    private final List<BiConsumer<OpenedDump, Integer>> objectPaths = new ArrayList<>();
    private final ObjectProperty<PathsShown> pathsShown = new SimpleObjectProperty<>();

    public Navigator(Explorer explorer) {
        this.explorer = explorer;
    }

    public Explorer explorer() {
        return explorer;
    }

    /** The paths the Paths view shows (null: none); the Graph view draws them. */
    ObjectProperty<PathsShown> pathsShown() {
        return pathsShown;
    }

    public void onPathsToClass(BiConsumer<OpenedDump, String> handler) {
        classPaths.add(handler);
    }

    public void onInspect(BiConsumer<OpenedDump, Integer> handler) {
        inspectors.add(handler);
    }

    void onPathsToObject(BiConsumer<OpenedDump, Integer> handler) {
        objectPaths.add(handler);
    }

    /** Shows what keeps the instances of a class alive. */
    public void pathsToClass(OpenedDump dump, String className) {
        classPaths.forEach(h -> h.accept(dump, className));
    }

    /** Shows one object's fields and references. */
    public void inspect(OpenedDump dump, int node) {
        inspectors.forEach(h -> h.accept(dump, node));
    }

    /** Shows what keeps one object alive. */
    public void pathsToObject(OpenedDump dump, int node) {
        objectPaths.forEach(h -> h.accept(dump, node));
    }
}
