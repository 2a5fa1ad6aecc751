package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The one pass over the reachable objects: Strings with their value arrays, primitive arrays, arrays of length
 * 0 and empty collections, each list in node order; and per class, its instances' count and bytes. The nodes
 * are read in ranges, several at once when the dump can be read from several threads, and the ranges' lists
 * joined in node order.
 */
final class Candidates {
    private static final byte OTHER = 0;
    private static final byte STRING = 1;
    private static final byte PRIMITIVE_ARRAY = 2;
    private static final byte OBJECT_ARRAY = 3;
    private static final byte COLLECTION = 4;
    private static final byte BOX = 5;

    final IntList strings = new IntList();
    /** Per string (as {@link #strings} lists them): its value array's node, or -1. */
    final IntList stringValueOf = new IntList();
    final IntList primitiveArrays = new IntList();
    final IntList zeroLengthArrays = new IntList();
    final IntList emptyCollections = new IntList();
    /** Collections {@link UnderFilled} measures (picked only when asked for). */
    final IntList measuredCollections = new IntList();
    /**
     * Per measured collection: its own array ({@link UnderFilled#ownArray}, or -1) and what its unused slots
     * waste ({@link UnderFilled#wasted}, or -1), measured in the pass, while the collection's fields are at hand.
     */
    final IntList measuredArrays = new IntList();
    final LongList measuredWaste = new LongList();
    /** Object arrays of length 1 or more (picked only when under-filled or boxed numbers are asked for). */
    final IntList objectArrays = new IntList();
    /** Boxed numbers: Long, Integer, Double, Float, Short, Byte, Character (picked only when asked for). */
    final IntList boxes = new IntList();
    /** One bit per node: set for the value arrays of Strings. */
    final long[] stringValues;
    /** Per class: its instances (no arrays, no class mirrors) in the graph, their bytes, and the first of them. */
    final long[] instances;
    final long[] instanceBytes;
    final int[] firstInstance;

    private Candidates(int nodes, int classes) {
        stringValues = new long[(nodes >>> 6) + 1];
        instances = new long[classes];
        instanceBytes = new long[classes];
        firstInstance = new int[classes];
        Arrays.fill(firstInstance, -1);
    }

    static Candidates pick(HeapIndex index, boolean collections) throws IOException {
        return pick(index, collections, false, false);
    }

    /**
     * The pass; {@code measured} also picks the collections {@link UnderFilled} measures, {@code arraysAndBoxes}
     * the object arrays and the boxed numbers.
     */
    static Candidates pick(HeapIndex index, boolean collections, boolean measured, boolean arraysAndBoxes)
            throws IOException {
        return pick(index, collections, measured, arraysAndBoxes, Ranges.size(index.nodeCount()));
    }

    /** The pass over ranges of {@code range} nodes. */
    static Candidates pick(HeapIndex index, boolean collections, boolean measured, boolean arraysAndBoxes,
                           int range) throws IOException {
        byte[] kinds = kinds(index, collections ? new EmptyCollections(index) : null,
                measured ? new UnderFilled(index) : null, arraysAndBoxes);
        // each range its own inspectors: they cache what they learn per class
        List<Candidates> parts = Ranges.map(index, index.nodeCount(), range, (from, to) -> pick(index, kinds,
                collections ? new EmptyCollections(index) : null, measured ? new UnderFilled(index) : null,
                arraysAndBoxes, from, to));
        Candidates found = new Candidates(index.nodeCount(), kinds.length);
        for (Candidates part : parts) {
            found.append(part);
        }
        for (int s = 0; s < found.stringValueOf.size(); s++) {
            int value = found.stringValueOf.get(s);
            if (value >= 0) {
                found.stringValues[value >>> 6] |= 1L << value;
            }
        }
        return found;
    }

    /** The nodes from {@code from} to {@code to}; the part's {@link #stringValues} is left empty. */
    private static Candidates pick(HeapIndex index, byte[] kinds, EmptyCollections empty, UnderFilled fill,
                                   boolean arraysAndBoxes, int from, int to) throws IOException {
        Candidates found = new Candidates(0, kinds.length);
        for (int at = from; at < to; at += Ranges.BATCH) {
            found.batch(index, kinds, empty, fill, arraysAndBoxes, at, Math.min(to, at + Ranges.BATCH));
        }
        return found;
    }

    private void batch(HeapIndex index, byte[] kinds, EmptyCollections empty, UnderFilled fill,
                       boolean arraysAndBoxes, int from, int to) throws IOException {
        Candidates found = this;
        IntList collections = new IntList();
        for (int node = from; node < to; node++) {
            if (index.isClass(node) || !index.inGraph(node)) {
                continue;
            }
            int type = index.classIndex(node);
            byte kind = kinds[type];
            switch (kind) {
                case STRING -> found.string(index, kinds, node);
                case PRIMITIVE_ARRAY, OBJECT_ARRAY -> {
                    if (kind == PRIMITIVE_ARRAY) {
                        found.primitiveArrays.add(node);
                    }
                    if (index.contents().arrayLength(node) == 0) {
                        found.zeroLengthArrays.add(node);
                    } else if (kind == OBJECT_ARRAY && arraysAndBoxes) {
                        found.objectArrays.add(node);
                    }
                    continue; // arrays are no instances of a class
                }
                case COLLECTION -> collections.add(node);
                case BOX -> found.boxes.add(node);
                default -> {
                }
            }
            found.instances[type]++;
            found.instanceBytes[type] += index.shallowSize(node);
            if (found.firstInstance[type] < 0) {
                found.firstInstance[type] = node;
            }
        }
        // apart from the loop over every node: what a collection's fields say varies, and a surprise there makes
        // the JIT compile again only this small loop
        collections(index, empty, fill, collections);
    }

    private void collections(HeapIndex index, EmptyCollections empty, UnderFilled fill, IntList nodes)
            throws IOException {
        for (int i = 0; i < nodes.size(); i++) {
            int node = nodes.get(i);
            collection(empty, fill, node, index.classIndex(node));
        }
    }

    private void collection(EmptyCollections empty, UnderFilled fill, int node, int type) throws IOException {
        if (empty != null && empty.isEmpty(node)) {
            emptyCollections.add(node);
        }
        // empty ones too: UnderFilled passes them, but marks their arrays as theirs
        if (fill != null && fill.isMeasured(type)) {
            int array = fill.ownArray(node);
            measuredCollections.add(node);
            measuredArrays.add(array);
            measuredWaste.add(array < 0 ? -1 : fill.wasted(node, array));
        }
    }

    /** Adds a part whose nodes all follow this one's. */
    private void append(Candidates part) {
        strings.addAll(part.strings);
        stringValueOf.addAll(part.stringValueOf);
        primitiveArrays.addAll(part.primitiveArrays);
        zeroLengthArrays.addAll(part.zeroLengthArrays);
        emptyCollections.addAll(part.emptyCollections);
        measuredCollections.addAll(part.measuredCollections);
        measuredArrays.addAll(part.measuredArrays);
        measuredWaste.addAll(part.measuredWaste);
        objectArrays.addAll(part.objectArrays);
        boxes.addAll(part.boxes);
        for (int c = 0; c < instances.length; c++) {
            instances[c] += part.instances[c];
            instanceBytes[c] += part.instanceBytes[c];
            if (firstInstance[c] < 0) {
                firstInstance[c] = part.firstInstance[c];
            }
        }
    }

    private void string(HeapIndex index, byte[] kinds, int node) {
        int value = -1;
        for (int i = 0, n = index.outboundCount(node); i < n && value < 0; i++) {
            int target = index.outboundTarget(node, i);
            if (!index.isClass(target) && kinds[index.classIndex(target)] == PRIMITIVE_ARRAY) {
                value = target;
            }
        }
        strings.add(node);
        stringValueOf.add(value);
    }

    boolean isStringValue(int node) {
        return (stringValues[node >>> 6] & (1L << node)) != 0;
    }

    private static byte[] kinds(HeapIndex index, EmptyCollections collections, UnderFilled measured,
                                boolean boxes) throws IOException {
        byte[] kinds = new byte[index.classes().size()];
        for (int c = 0; c < kinds.length; c++) {
            String name = index.classes().get(c).name();
            if (name.equals("java.lang.String")) {
                kinds[c] = STRING;
            } else if (PrimitiveArrays.isPrimitive(name)) {
                kinds[c] = PRIMITIVE_ARRAY;
            } else if (name.endsWith("[]")) {
                kinds[c] = OBJECT_ARRAY;
            } else if (collections != null && collections.isCollection(c)
                    || measured != null && measured.isMeasured(c)) {
                kinds[c] = COLLECTION;
            } else if (boxes && Boxes.isBox(name)) {
                kinds[c] = BOX;
            }
        }
        return kinds;
    }
}
