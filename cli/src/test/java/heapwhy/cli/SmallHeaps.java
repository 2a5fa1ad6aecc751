package heapwhy.cli;

import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;

import java.nio.file.Path;

/**
 * Hand-made dumps small enough that every number a report prints can be worked out by hand. The layout is
 * a 64-bit JVM's with compressed oops: 12-byte headers, 4-byte references, arrays from offset 16, sizes
 * rounded up to 8.
 *
 * <p>The registry heap: class {@code com.example.Registry} (a sticky class root) has two statics.
 * {@code ITEMS} holds a {@code java.util.ArrayList} (24 B: header, elementData, size) whose elementData is an
 * Object[4] (32 B) with {@code items} {@code com.example.Item}s (24 B: header, long id, payload) in its first
 * slots, each Item with its own byte[200] payload (216 B). {@code CHAIN} holds the first of three (or
 * more) {@code com.example.Node}s (24 B: header, long value, next) linked by {@code next}. Beside them, one
 * {@code com.example.Other} (16 B: header, int value) on a JNI global root.
 *
 * <p>Class mirrors count too: 48 B for a class without statics (java.lang.Class's instance fields, with the
 * ones HotSpot injects), Registry's 56 B (two references more) and jdk.internal.misc.Unsafe's 128 B (nineteen
 * ints). With three items the reachable heap is 864 B of objects and 520 B of mirrors (seven of 48 B, 56 B,
 * 128 B): 1,384 B.
 */
public final class SmallHeaps {
    /** Object ids of the registry heap that tests name. */
    public record Registry(Path dump, long list, long elements, long[] items, long firstNode, long lastNode, long other) {
    }

    private SmallHeaps() {
    }

    /** The registry heap with this many items (at most 4) in the list and three nodes in the chain. */
    public static Registry registry(Path file, int items) {
        return registry(file, items, 3);
    }

    /** The registry heap with this many items (at most 4) in the list and this many nodes (at least 1). */
    public static Registry registry(Path file, int items, int nodes) {
        SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        long itemClass = h.declareClass("com/example/Item").field("id", BasicType.LONG)
                .field("payload", BasicType.OBJECT).define();
        long nodeClass = h.declareClass("com/example/Node").field("value", BasicType.LONG)
                .field("next", BasicType.OBJECT).define();
        long listClass = h.declareClass("java/util/ArrayList").field("elementData", BasicType.OBJECT)
                .field("size", BasicType.INT).define();
        long otherClass = h.declareClass("com/example/Other").field("value", BasicType.INT).define();
        long[] elements = new long[4];
        long[] itemIds = new long[items];
        for (int i = 0; i < items; i++) {
            long payload = h.primitiveArray(new byte[200]);
            itemIds[i] = h.instance(itemClass).set("id", i).set("payload", payload).add();
            elements[i] = itemIds[i];
        }
        long array = h.objectArray("[Ljava/lang/Object;", elements);
        long list = h.instance(listClass).set("elementData", array).set("size", items).add();
        // the last node first: each node's next must exist when it is written
        long last = h.instance(nodeClass).set("value", nodes).add();
        long first = last;
        for (int value = nodes - 1; value >= 1; value--) {
            first = h.instance(nodeClass).set("value", value).set("next", first).add();
        }
        long other = h.instance(otherClass).set("value", 7).add();
        long registry = h.declareClass("com/example/Registry").staticObject("ITEMS", list)
                .staticObject("CHAIN", first).define();
        h.root(RootKind.STICKY_CLASS, registry);
        h.root(RootKind.JNI_GLOBAL, other, 0x77);
        return new Registry(h.writeTo(file), list, array, itemIds, first, last, other);
    }
}
