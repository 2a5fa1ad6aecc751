package heapwhy.waste;

import heapwhy.classes.ClassNames;
import heapwhy.collections.Container;
import heapwhy.collections.ContainerKind;
import heapwhy.collections.Containers;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.EdgeLabels;
import heapwhy.paths.walk.RootText;
import heapwhy.paths.walk.ShortestPaths;

import heapwhy.store.LongIntMap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Names what holds an object, by its parent on the shortest path from the GC roots: the field
 * ("Customer.country", "static Config.DEFAULT"), or, when the parent is a container's insides (a HashMap$Node,
 * the Object[] of an ArrayList), the field that holds the container with the container's kind and what the
 * object is to it: "static Catalog.NAMES (HashMap values)", "Order.lines (ArrayList elements)". Containers in
 * containers are named from the field down: "static Shop.TAGS (HashMap values → ArrayList elements)".
 */
final class OwnerNames {
    /** How many containers, one in another, a name goes through before it names the field that holds the last. */
    private static final int MAX_LEVELS = 4;
    /**
     * Inside nodes whose way up to their container is remembered: a long linked list's nodes are each walked once
     * rather than once per object below them; beyond this, walks are repeated instead of remembered.
     */
    private static final int MAX_REMEMBERED = 1 << 22;
    private static final String THREAD_LOCAL_ENTRY = "java.lang.ThreadLocal$ThreadLocalMap$Entry";

    private final HeapIndex index;
    private final ShortestPaths paths;
    private final EdgeLabels labels;
    private final Containers containers;
    private final RootText roots;
    /** An inside node to the top-most inside node above it, whose parent is its container or what holds it. */
    private final LongIntMap topInside = new LongIntMap(1024);

    /** {@code paths}: the strong references' shortest paths of the index. */
    OwnerNames(HeapIndex index, ShortestPaths paths) throws IOException {
        this.index = index;
        this.paths = paths;
        this.labels = new EdgeLabels(index);
        this.containers = new Containers(index);
        this.roots = new RootText(index);
    }

    String of(int node) throws IOException {
        List<String> containersAbove = new ArrayList<>();
        int held = node;
        for (int level = 0; level < MAX_LEVELS; level++) {
            int parent = paths.parent(held);
            if (parent < 0) {
                return named(roots.of(paths, held), containersAbove);
            }
            String role = null;
            int top = held;
            String threadLocal = threadLocalHolding(parent, held);
            if (threadLocal != null) {
                containersAbove.add("ThreadLocal values");
                return named(threadLocal, containersAbove);
            }
            if (containers.ofNode(parent) == null) {
                if (!isInside(parent)) {
                    return named(field(parent, held), containersAbove);
                }
                role = labels.label(parent, held);
                top = topInside(parent);
                parent = paths.parent(top);
            }
            Container container = parent < 0 ? null : containers.ofNode(parent);
            if (container == null) {
                if (top != held && parent >= 0 && isObjectArray(top)) {
                    // a plain array of objects that no container holds: its field names the place (a root's
                    // text names the array already)
                    containersAbove.add(ClassNames.simpleName(index.classOf(top).name()) + " elements");
                    held = top;
                    continue;
                }
                return named(parent < 0 ? roots.of(paths, top) : field(parent, top), containersAbove);
            }
            // a set or wrapper that holds its map in a field (HashSet's map) is the container people know
            int outer = paths.parent(parent);
            Container wrapper = outer < 0 ? null : containers.ofNode(outer);
            if (wrapper != null) {
                parent = outer;
                container = wrapper;
            }
            containersAbove.add(container.name() + (role == null ? "" : " " + role(container, role)));
            held = parent;
        }
        return named(field(held), containersAbove);
    }

    /** The field, then the containers from the outermost down: "static Shop.TAGS (HashMap values → ArrayList elements)". */
    private static String named(String field, List<String> containersAbove) {
        if (containersAbove.isEmpty()) {
            return field;
        }
        List<String> outermostFirst = new ArrayList<>(containersAbove);
        Collections.reverse(outermostFirst);
        return field + " (" + String.join(" → ", outermostFirst) + ")";
    }

    /**
     * When {@code parent} is a thread's ThreadLocal map entry whose value is {@code held}: the field that holds the
     * entry's ThreadLocal ("static Shop.BUFFER"), which is what the program knows it by; else null.
     */
    private String threadLocalHolding(int parent, int held) throws IOException {
        if (index.isClass(parent) || !index.classOf(parent).name().equals(THREAD_LOCAL_ENTRY)
                || !"value".equals(labels.label(parent, held))) {
            return null;
        }
        for (HeapField f : index.contents().rawFields(parent)) {
            if (f.name().equals("referent") && f.value() != 0) {
                int threadLocal = index.findObject(f.value());
                return threadLocal == HeapIndex.NOT_FOUND || paths.parent(threadLocal) < 0 ? null : field(threadLocal);
            }
        }
        return null;
    }

    /** The top-most of the inside nodes from {@code inside} up, each step's answer remembered on the way. */
    private int topInside(int inside) throws IOException {
        int top = inside;
        int steps = 0;
        while (true) {
            int known = topInside.get(top);
            if (known >= 0) {
                top = known;
                break;
            }
            int parent = paths.parent(top);
            // an array in an array is an element (a row of a grid), not the outer one's insides
            if (parent < 0 || containers.ofNode(parent) != null || !isInside(parent)
                    || isObjectArray(top) && isObjectArray(parent)) {
                break;
            }
            top = parent;
            steps++;
        }
        if (steps > 0 || top != inside) {
            for (int n = inside; n != top && topInside.size() < MAX_REMEMBERED; n = paths.parent(n)) {
                topInside.put(n, top);
            }
        }
        return top;
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
