package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;
import heapwhy.layout.HeapLayout;
import heapwhy.store.LongIntMap;

import java.io.IOException;

/**
 * The boxed-numbers inspection, in two parts that never count a box twice:
 * <ol>
 * <li>arrays of boxes: an object array whose elements are all boxes of one class (an ArrayList's elementData,
 * a plain {@code Long[]}) could be a primitive array; each box in it wastes its own size and its reference slot
 * less the primitive value that would take the slot's place, named by what holds the collection (or the array).
 * Its empty slots are not counted here: they are the under-filled inspection's, whatever the element type. Boxes
 * of values the JDK caches cost nothing (they are shared), and an array holding only those is left alone (the
 * caches themselves are such arrays);
 * <li>equal boxes: of the boxes no such array counted, those of equal class and value beyond the JDK's caches;
 * all but one per value are waste, each its own size, named by the field that holds it.
 * </ol>
 * A box an array counted is the array's (replacing the array by a primitive one drops every box in it), so the
 * second part skips it; a box two arrays hold is counted by the first.
 */
final class BoxedNumbers {
    private final HeapIndex index;
    private final HeapLayout layout;
    private final long[] counted;
    private final FieldValues fields;
    /** Per class: whether it is a box class, told by its name once rather than per element of every array. */
    private final boolean[] boxClass;

    private BoxedNumbers(HeapIndex index) {
        this.index = index;
        this.fields = new FieldValues(index);
        this.boxClass = new boolean[index.classes().size()];
        for (int c = 0; c < boxClass.length; c++) {
            boxClass[c] = Boxes.isBox(index.classes().get(c).name());
        }
        this.layout = index.facts().layout();
        this.counted = new long[(index.nodeCount() >>> 6) + 1];
    }

    static WasteFinding find(HeapIndex index, Candidates found, Waste.Owners owners, int top) throws IOException {
        return new BoxedNumbers(index).find(found, owners, top);
    }

    private WasteFinding find(Candidates found, Waste.Owners owners, int top) throws IOException {
        PerClass perClass = new PerClass(index.classes().size());
        OwnerTally tally = new OwnerTally(index);
        long objects = 0;
        long bytes = 0;
        for (int i = 0; i < found.objectArrays.size() && found.boxes.size() > 0; i++) {
            int array = found.objectArrays.get(i);
            int boxClass = boxClassOf(array);
            if (boxClass < 0) {
                continue;
            }
            int type = Boxes.primitive(index.classes().get(boxClass).name());
            // a box of a cached value is shared (the JDK's cache holds it): it costs the array nothing, and an
            // array of nothing else (the caches themselves, a list of small numbers) is no array of boxes to fix
            long boxBytes = 0;
            int boxes = 0;
            for (int e = 0, n = index.outboundCount(array); e < n; e++) {
                int box = index.outboundTarget(array, e);
                if (!index.isClass(box) && !isCounted(box) && !isCached(box, type)) {
                    boxBytes += index.shallowSize(box);
                    boxes++;
                }
            }
            if (boxes == 0) {
                continue;
            }
            // a box is never smaller than its header and value, so each one saves something
            long wasted = boxBytes + (long) boxes * (layout.referenceBytes() - BasicType.size(type, layout.referenceBytes()));
            for (int e = 0, n = index.outboundCount(array); e < n; e++) {
                int box = index.outboundTarget(array, e);
                if (!index.isClass(box)) {
                    counted[box >>> 6] |= 1L << box;
                }
            }
            perClass.add(boxClass, boxes, wasted);
            tally.add(owners.holder(array), array, boxes, wasted);
            objects += boxes;
            bytes += wasted;
        }
        LongIntMap[] groups = new LongIntMap[index.classes().size()];
        Examples examples = new Examples();
        for (int i = 0; i < found.boxes.size(); i++) {
            int box = found.boxes.get(i);
            if (isCounted(box)) {
                continue;
            }
            int boxClass = index.classIndex(box);
            long value = value(box);
            if (value == Long.MIN_VALUE || Boxes.isCached(Boxes.primitive(index.classOf(box).name()), value)) {
                continue;
            }
            if (groups[boxClass] == null) {
                groups[boxClass] = new LongIntMap(1024);
            }
            int group = groups[boxClass].get(value);
            if (group < 0) {
                groups[boxClass].put(value, examples.add(box));
                continue;
            }
            long wasted = index.shallowSize(box);
            examples.waste(group, wasted);
            perClass.add(boxClass, wasted);
            tally.add(owners.of(box), box, wasted);
            objects++;
            bytes += wasted;
        }
        return new WasteFinding(WasteKind.BOXED_NUMBERS, objects, bytes, perClass.classes(), tally.top(top),
                perClass.biggest(index, top, ""));
    }

    /** The class of the boxes an object array holds when it holds one or more, all of one box class; else -1. */
    private int boxClassOf(int array) {
        int boxClass = -1;
        for (int e = 0, n = index.outboundCount(array); e < n; e++) {
            int target = index.outboundTarget(array, e);
            if (index.isClass(target)) {
                continue;
            }
            int c = index.classIndex(target);
            if (boxClass >= 0 ? c != boxClass : !this.boxClass[c]) {
                return -1;
            }
            boxClass = c;
        }
        return boxClass;
    }

    private boolean isCached(int box, int type) throws IOException {
        long value = value(box);
        return value != Long.MIN_VALUE && Boxes.isCached(type, value);
    }

    private boolean isCounted(int node) {
        return (counted[node >>> 6] & (1L << node)) != 0;
    }

    /**
     * The box's value field, raw (a float's or double's bits); Long.MIN_VALUE when the dump has none, which
     * also leaves out a Long of that value (the key {@link LongIntMap} reserves; one value of 2^64).
     */
    private long value(int box) throws IOException {
        return fields.value(box, "value");
    }
}
