package heapwhy.waste;

import heapwhy.classes.ClassNames;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Object overhead per class: of each instance's size, what is not field payload. An instance's size is the
 * index's shallow size, which HotSpot's field layout gave it exactly; its payload is the bytes of its primitive
 * fields (inherited ones included); the rest is overhead: the header, the reference fields and the padding
 * (gaps between fields, the alignment at the end, and fields the JVM injects that the dump does not list).
 * Classes whose overhead is most of each instance are the ones a flatter or primitive representation shrinks
 * (the {@code __slots__} question), when together they take a noticeable share of the heap. Arrays and class
 * mirrors are not instances of a class here.
 */
final class ObjectOverhead {
    /** A class is reported when overhead is more than this share of each instance. */
    static final double MOST = 0.5;
    /**
     * ...and when its instances' overhead together is at least this share of the reachable heap: a class with
     * a few instances is mostly header too, but changing it would save nothing worth a line of code.
     */
    static final double MIN_HEAP_SHARE = 0.001;

    private ObjectOverhead() {
    }

    /** One instance of a class split into its parts; the parts add up to {@code size}. */
    record Split(long size, long header, long padding, long references, long payload) {
        long overhead() {
            return size - payload;
        }

        String text() {
            return size + " bytes = " + header + " header + " + padding + " padding + " + references
                    + " references + " + payload + " payload";
        }
    }

    /** The finding, from the instances per class that the pass over the objects counted. */
    static WasteFinding find(HeapIndex index, Candidates found, int top) throws IOException {
        int classCount = index.classes().size();
        long[] count = found.instances;
        long[] bytes = found.instanceBytes;
        int[] example = found.firstInstance;
        long header = index.facts().layout().headerBytes();
        int referenceBytes = index.facts().layout().referenceBytes();
        Split[] splits = new Split[classCount];
        long[] overhead = new long[classCount];
        List<Integer> reported = new ArrayList<>();
        long objects = 0;
        long wasted = 0;
        for (int c = 0; c < classCount; c++) {
            if (count[c] == 0) {
                continue;
            }
            Split split = split(index, example[c], header, referenceBytes);
            if (split.overhead() <= split.size() * MOST) {
                continue;
            }
            // the instances' bytes as the index sums them, less the payload each one carries
            overhead[c] = bytes[c] - count[c] * split.payload();
            if (overhead[c] < index.graphBytes() * MIN_HEAP_SHARE) {
                continue;
            }
            splits[c] = split;
            reported.add(c);
            objects += count[c];
            wasted += overhead[c];
        }
        reported.sort(Comparator.comparingLong((Integer c) -> -overhead[c]).thenComparingLong(c -> -count[c])
                .thenComparing(c -> index.classes().get(c).displayName()));
        List<WasteOwner> owners = new ArrayList<>();
        List<WasteExample> examples = new ArrayList<>();
        for (int c : reported.subList(0, Math.min(top, reported.size()))) {
            String name = index.classes().get(c).displayName();
            owners.add(new WasteOwner(ClassNames.simpleName(name), count[c], overhead[c],
                    index.objectId(example[c])));
            examples.add(new WasteExample(name + ": " + splits[c].text(), count[c], overhead[c]));
        }
        return new WasteFinding(WasteKind.OBJECT_OVERHEAD, objects, wasted, reported.size(), owners, examples);
    }

    /** One instance's parts, from its size and the types of the fields the dump lists for it. */
    static Split split(HeapIndex index, int node, long header, int referenceBytes) throws IOException {
        long size = index.shallowSize(node);
        long references = 0;
        long payload = 0;
        for (HeapField f : index.contents().rawFields(node)) {
            if (f.type() == BasicType.OBJECT) {
                references += referenceBytes;
            } else {
                payload += BasicType.size(f.type(), 8);
            }
        }
        return new Split(size, header, Math.max(0, size - header - references - payload), references, payload);
    }
}
