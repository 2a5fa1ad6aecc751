package heapwhy.paths;

import heapwhy.graph.ClassShape;
import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes whose instances are the targets: the named class, and with subclasses every class whose chain
 * of superclasses (read from the class shapes the index keeps) leads to it.
 */
final class TargetClasses {
    private TargetClasses() {
    }

    /** For each class index, whether its instances are targets. */
    static boolean[] of(HeapIndex index, String className, boolean subclasses) throws IOException {
        Set<String> names = new HashSet<>();
        names.add(className);
        if (subclasses) {
            names = withSubclasses(index, className);
        }
        List<HeapClass> classes = index.classes();
        boolean[] wanted = new boolean[classes.size()];
        for (int c = 0; c < wanted.length; c++) {
            wanted[c] = names.contains(classes.get(c).name());
        }
        return wanted;
    }

    private static Set<String> withSubclasses(HeapIndex index, String className) throws IOException {
        Map<Long, List<ClassShape>> bySuper = new HashMap<>();
        List<ClassShape> roots = new ArrayList<>();
        for (int v = 0; v < index.nodeCount(); v++) {
            if (index.isClass(v)) {
                ClassShape shape = index.contents().classShape(v);
                if (shape != null) {
                    bySuper.computeIfAbsent(shape.superId(), k -> new ArrayList<>()).add(shape);
                    if (shape.name().equals(className)) {
                        roots.add(shape);
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        names.add(className);
        Deque<ClassShape> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            ClassShape shape = todo.pop();
            names.add(shape.name());
            todo.addAll(bySuper.getOrDefault(shape.id(), List.of()));
        }
        return names;
    }
}
