package heapwhy.suspects;

import heapwhy.graph.ClassShape;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which objects of a dump are class loaders, and which of those are the JDK's own: the system loader that
 * {@code java.lang.ClassLoader.scl} holds and its parents (the platform loader, the boot loader's object),
 * plus, for dumps whose instance fields cannot be read (plain gzip), the instances of the JDK's internal
 * loader classes ({@code jdk.internal.loader.*}, JDK 8's {@code sun.misc.Launcher$*}).
 */
final class Loaders {
    private static final String CLASS_LOADER = "java.lang.ClassLoader";

    private final HeapIndex index;
    /** Per class index: whether its instances are loaders. */
    private final Map<Integer, Boolean> loaderClasses = new HashMap<>();
    /** java.lang.ClassLoader's own shape, met on the way up from the first loader's class. */
    private ClassShape classLoaderShape;
    /** Object ids of the system loader and its parents; null until first asked. */
    private Set<Long> jdkLoaderIds;

    Loaders(HeapIndex index) {
        this.index = index;
    }

    /** Whether the node is a class loader: an instance of a class that extends java.lang.ClassLoader. */
    boolean isLoader(int node) throws IOException {
        if (index.isClass(node)) {
            return false;
        }
        Boolean known = loaderClasses.get(index.classIndex(node));
        if (known == null) {
            known = extendsClassLoader(index.classIndex(node));
            loaderClasses.put(index.classIndex(node), known);
        }
        return known;
    }

    private boolean extendsClassLoader(int classIndex) throws IOException {
        for (ClassShape shape : index.contents().lineageShapes(classIndex)) {
            if (shape.name().equals(CLASS_LOADER)) {
                classLoaderShape = shape;
                return true;
            }
        }
        return false;
    }

    /** Whether the loader node is the JDK's own (system, platform, boot), not one an application made. */
    boolean isJdkLoader(int loader) throws IOException {
        String name = index.classOf(loader).name();
        return isSystemLoaderOrParent(loader) || name.startsWith("jdk.internal.loader.")
                || name.startsWith("sun.misc.Launcher$");
    }

    /** Whether the node is the loader java.lang.ClassLoader.scl holds, or a parent of it, however far up. */
    boolean isSystemLoaderOrParent(int node) throws IOException {
        if (jdkLoaderIds == null) {
            jdkLoaderIds = systemLoaderAndParents();
        }
        return jdkLoaderIds.contains(index.objectId(node));
    }

    private Set<Long> systemLoaderAndParents() throws IOException {
        Set<Long> ids = new HashSet<>();
        if (classLoaderShape == null) {
            return ids;
        }
        Deque<Long> todo = new ArrayDeque<>();
        for (int i = 0; i < classLoaderShape.staticNames().length; i++) {
            if (classLoaderShape.staticNames()[i].equals("scl") && classLoaderShape.staticTypes()[i] == BasicType.OBJECT
                    && classLoaderShape.staticValues()[i] != 0) {
                todo.add(classLoaderShape.staticValues()[i]);
            }
        }
        while (!todo.isEmpty()) {
            long id = todo.poll();
            int node = ids.add(id) ? index.findObject(id) : -1;
            if (node < 0) {
                continue;
            }
            // java.lang.ClassLoader's parent, and the JDK 9+ BuiltinClassLoader's own, which leads on to the
            // boot loader's object where ClassLoader.parent is null
            for (HeapField f : index.contents().rawFields(node)) {
                if (f.name().equals("parent") && f.type() == BasicType.OBJECT && f.value() != 0) {
                    todo.add(f.value());
                }
            }
        }
        return ids;
    }
}
