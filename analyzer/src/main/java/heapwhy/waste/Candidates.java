package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;

/**
 * The one pass over the reachable objects: Strings with their value arrays, primitive arrays, arrays of length
 * 0 and empty collections, each list in node order.
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
    /** Object arrays of length 1 or more (picked only when under-filled or boxed numbers are asked for). */
    final IntList objectArrays = new IntList();
    /** Boxed numbers: Long, Integer, Double, Float, Short, Byte, Character (picked only when asked for). */
    final IntList boxes = new IntList();
    /** One bit per node: set for the value arrays of Strings. */
    final long[] stringValues;

    private Candidates(int nodes) {
        stringValues = new long[(nodes >>> 6) + 1];
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
        EmptyCollections empty = new EmptyCollections(index);
        UnderFilled fill = new UnderFilled(index);
        byte[] kinds = kinds(index, collections ? empty : null, measured ? fill : null, arraysAndBoxes);
        Candidates found = new Candidates(index.nodeCount());
        for (int node = 0; node < index.nodeCount(); node++) {
            if (index.isClass(node) || !index.inGraph(node)) {
                continue;
            }
            byte kind = kinds[index.classIndex(node)];
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
                }
                case COLLECTION -> {
                    if (collections && empty.isEmpty(node)) {
                        found.emptyCollections.add(node);
                    }
                    // empty ones too: UnderFilled passes them, but marks their arrays as theirs
                    if (measured && fill.isMeasured(index.classIndex(node))) {
                        found.measuredCollections.add(node);
                    }
                }
                case BOX -> found.boxes.add(node);
                default -> {
                }
            }
        }
        return found;
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
        if (value >= 0) {
            stringValues[value >>> 6] |= 1L << value;
        }
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
