package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Objects and wasted bytes per class, for findings whose examples are types (empty collections, arrays of 0). */
final class PerClass {
    private final long[] count;
    private final long[] bytes;

    PerClass(int classes) {
        count = new long[classes];
        bytes = new long[classes];
    }

    /** An object of the class that stays (counted, wasting nothing). */
    void keep(int classIndex) {
        count[classIndex]++;
    }

    void add(int classIndex, long wasted) {
        add(classIndex, 1, wasted);
    }

    /** Several objects of the class wasting {@code wasted} together (the boxes of one array). */
    void add(int classIndex, long objects, long wasted) {
        count[classIndex] += objects;
        bytes[classIndex] += wasted;
    }

    /** The classes with wasted bytes. */
    long classes() {
        long n = 0;
        for (long b : bytes) {
            n += b > 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * The {@code top} classes wasting most, as examples named by class; an array class with {@code length}
     * written in its first brackets ("int[0]") when length is not empty.
     */
    List<WasteExample> biggest(HeapIndex index, int top, String length) {
        List<Integer> classes = new ArrayList<>();
        for (int c = 0; c < count.length; c++) {
            if (bytes[c] > 0) {
                classes.add(c);
            }
        }
        classes.sort(Comparator.comparingLong((Integer c) -> -bytes[c]).thenComparingLong(c -> -count[c])
                .thenComparing(c -> index.classes().get(c).displayName()));
        List<WasteExample> examples = new ArrayList<>();
        for (int c : classes.subList(0, Math.min(top, classes.size()))) {
            String name = index.classes().get(c).displayName();
            int bracket = name.indexOf("[]");
            String text = length.isEmpty() || bracket < 0 ? name
                    : name.substring(0, bracket + 1) + length + name.substring(bracket + 1);
            examples.add(new WasteExample(text, count[c], bytes[c]));
        }
        return examples;
    }
}
