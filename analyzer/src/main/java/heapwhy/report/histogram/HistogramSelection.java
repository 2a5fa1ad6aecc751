package heapwhy.report.histogram;

import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a histogram a user asked for: the classes whose display name the filter finds, sorted
 * largest first, cut to the top N.
 *
 * @param histogram the whole histogram
 * @param sortBy the order of the rows
 * @param filter the filter, or null for all classes
 * @param matched every class the filter kept, sorted
 * @param shown the first rows of {@code matched} (all of them when there is no top limit)
 */
public record HistogramSelection(ClassHistogram histogram, SortKey sortBy, Pattern filter, List<ClassEntry> matched,
                                 List<ClassEntry> shown) {

    public HistogramSelection {
        matched = List.copyOf(matched);
        shown = List.copyOf(shown);
    }

    /** @param top at most this many rows; 0 or less for all */
    public static HistogramSelection of(ClassHistogram histogram, SortKey sortBy, Pattern filter, int top) {
        List<ClassEntry> matched = new ArrayList<>();
        for (ClassEntry entry : histogram.classes()) {
            if (filter == null || filter.matcher(entry.displayName()).find()) {
                matched.add(entry);
            }
        }
        matched.sort(order(sortBy));
        List<ClassEntry> shown = top > 0 && matched.size() > top ? matched.subList(0, top) : matched;
        return new HistogramSelection(histogram, sortBy, filter, matched, shown);
    }

    static Comparator<ClassEntry> order(SortKey sortBy) {
        Comparator<ClassEntry> bytes = Comparator.comparingLong(ClassEntry::shallowBytes);
        Comparator<ClassEntry> count = Comparator.comparingLong(ClassEntry::count);
        Comparator<ClassEntry> first = sortBy == SortKey.count ? count.thenComparing(bytes) : bytes.thenComparing(count);
        return first.reversed().thenComparing(ClassEntry::displayName);
    }

    long matchedCount() {
        return matched.stream().mapToLong(ClassEntry::count).sum();
    }

    long matchedBytes() {
        return matched.stream().mapToLong(ClassEntry::shallowBytes).sum();
    }

    /** How many matching classes the top limit left out. */
    int notShown() {
        return matched.size() - shown.size();
    }
}
