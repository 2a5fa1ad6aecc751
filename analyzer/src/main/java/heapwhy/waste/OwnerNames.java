package heapwhy.waste;

import heapwhy.classes.ClassNames;
import heapwhy.collections.Container;
import heapwhy.collections.ContainerKind;
import heapwhy.collections.Containers;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.EdgeLabels;
import heapwhy.paths.walk.RootText;
import heapwhy.paths.walk.ShortestPaths;

import java.io.IOException;

/**
 * Names what holds an object, by its parent on the shortest path from the GC roots: the field
 * ("Customer.country", "static Config.DEFAULT"), or, when the parent is a container's insides (a HashMap$Node,
 * the Object[] of an ArrayList), the field that holds the container with the container's kind and what the
 * object is to it: "static Catalog.NAMES (HashMap values)", "Order.lines (ArrayList elements)".
 */
final class OwnerNames {
    /** How far up a container's insides are followed (a tree map's entries, a bucket's chain). */
    private static final int MAX_INSIDE = 64;

    private final HeapIndex index;
    private final ShortestPaths paths;
    private final EdgeLabels labels;
    private final Containers containers;
    private final RootText roots;

    /** {@code paths}: the strong references' shortest paths of the index. */
    OwnerNames(HeapIndex index, ShortestPaths paths) throws IOException {
        this.index = index;
        this.paths = paths;
        this.labels = new EdgeLabels(index);
        this.containers = new Containers(index);
        this.roots = new RootText(index);
    }

    String of(int node) throws IOException {
        int held = node;
        int parent = paths.parent(held);
        String role = null;
        for (int depth = 0; parent >= 0 && depth < MAX_INSIDE; depth++) {
            Container container = containers.ofNode(parent);
            if (container != null) {
                // a set or wrapper that holds its map in a field (HashSet's map) is the container people know
                int outer = paths.parent(parent);
                Container wrapper = outer < 0 ? null : containers.ofNode(outer);
                if (wrapper != null) {
                    parent = outer;
                    container = wrapper;
                }
                // an object the container holds in its own field (its table, its elementData) is its insides
                String what = role == null ? "" : " " + role(container, role);
                return field(parent) + " (" + container.name() + what + ")";
            }
            if (!isInside(parent)) {
                break;
            }
            if (role == null) {
                role = labels.label(parent, held);
            }
            held = parent;
            parent = paths.parent(held);
        }
        if (held != node && parent >= 0 && isObjectArray(held)) {
            // a plain array of objects that no container holds: its field names the place
            return field(held) + " (" + ClassNames.simpleName(index.classOf(held).name()) + " elements)";
        }
        return parent < 0 ? roots.of(paths, held) : field(parent, held);
    }

    /**
     * The name of what holds a collection or array: when its parent on the shortest path is a container (the
     * ArrayList of an elementData, the HashSet of a HashMap), the container's owner ("Metrics.samples"), else
     * {@link #of}.
     */
    String holder(int node) throws IOException {
        int parent = paths.parent(node);
        return parent >= 0 && !index.isClass(parent) && containers.ofNode(parent) != null ? of(parent) : of(node);
    }

    /** The field that holds {@code node}: its parent's label for it. */
    private String field(int node) throws IOException {
        int parent = paths.parent(node);
        return parent < 0 ? roots.of(paths, node) : field(parent, node);
    }

    private String field(int holder, int held) throws IOException {
        String label = labels.label(holder, held);
        if (label.startsWith("static ") || label.startsWith("<")) {
            return label;
        }
        String owner = index.isClass(holder) ? index.describe(holder) : ClassNames.simpleName(index.classOf(holder).name());
        return label.startsWith("[") ? owner + " elements" : owner + "." + label;
    }

    /** A map's keys or values, a list's or set's elements; what the inside's field that held the object says. */
    private static String role(Container container, String label) {
        if (container.kind() == ContainerKind.MAP || container.kind() == ContainerKind.CACHE) {
            if ("key".equals(label) || "k".equals(label)) {
                return "keys";
            }
            if ("value".equals(label) || "val".equals(label) || "v".equals(label)) {
                return "values";
            }
            return "entries";
        }
        return "elements";
    }

    private boolean isInside(int node) {
        return !index.isClass(node) && (Containers.isInsideAny(index.classOf(node).name()) || isObjectArray(node));
    }

    private boolean isObjectArray(int node) {
        String name = index.classOf(node).name();
        return !index.isClass(node) && name.endsWith("[]") && !PrimitiveArrays.isPrimitive(name);
    }
}
