package heapwhy.report.histogram;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.summary.HeapSummary;
import heapwhy.util.Sizes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a histogram with retained sizes: the classes with objects in the graph whose display name the
 * filter finds, sorted largest first, cut to the top N.
 */
public record RetainedSelection(HeapIndex index, boolean keepUnreachable, HistogramSortKey sortBy, Pattern filter,
                                List<HeapClass> matched, List<HeapClass> shown) {

    public RetainedSelection {
        matched = List.copyOf(matched);
        shown = List.copyOf(shown);
    }

    /** @param top at most this many rows; 0 or less for all */
    public static RetainedSelection of(HeapIndex index, boolean keepUnreachable, HistogramSortKey sortBy, Pattern filter,
                                       int top) {
        List<HeapClass> matched = new ArrayList<>();
        for (HeapClass c : index.classes()) {
            if (c.count() > 0 && (filter == null || filter.matcher(c.displayName()).find())) {
                matched.add(c);
            }
        }
        matched.sort(order(sortBy));
        List<HeapClass> shown = top > 0 && matched.size() > top ? matched.subList(0, top) : matched;
        return new RetainedSelection(index, keepUnreachable, sortBy, filter, matched, shown);
    }

    static Comparator<HeapClass> order(HistogramSortKey sortBy) {
        Comparator<HeapClass> first = switch (sortBy) {
            case count -> Comparator.comparingLong(HeapClass::count);
            case bytes -> Comparator.comparingLong(HeapClass::shallowBytes);
            case retained -> Comparator.comparingLong(HeapClass::retainedBytes);
        };
        return first.thenComparingLong(HeapClass::shallowBytes).thenComparingLong(HeapClass::count).reversed()
                .thenComparing(HeapClass::displayName);
    }

    long matchedCount() {
        return matched.stream().mapToLong(HeapClass::count).sum();
    }

    long matchedBytes() {
        return matched.stream().mapToLong(HeapClass::shallowBytes).sum();
    }

    int notShown() {
        return matched.size() - shown.size();
    }

    /** The line that says which objects were counted. */
    String countedObjects() {
        long lost = HeapSummary.of(index).unreachableObjects();
        if (keepUnreachable) {
            return "Counts are of all the objects in the dump, unreachable ones included (--keep-unreachable); "
                    + "retained bytes are from the dominator tree.";
        }
        return "Counts are of the objects in the graph, those the GC roots reach (" + Sizes.grouped(lost)
                + " unreachable objects left out; --keep-unreachable keeps them); retained bytes are from the "
                + "dominator tree.";
    }
}
