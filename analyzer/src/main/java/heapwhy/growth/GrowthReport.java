package heapwhy.growth;

import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-type counts and bytes across two or more dumps, matched by type key (object ids differ between dumps).
 *
 * @param dumps the dumps, in the order given
 * @param types every type present in any dump, in no particular order
 */
public record GrowthReport(List<Path> dumps, List<TypeGrowth> types) {

    public GrowthReport {
        dumps = List.copyOf(dumps);
        types = List.copyOf(types);
    }

    /** Lines up the histograms of consecutive dumps of one application. */
    public static GrowthReport compare(List<ClassHistogram> histograms) {
        if (histograms.size() < 2) {
            throw new IllegalArgumentException("growth needs at least two dumps, got " + histograms.size());
        }
        int n = histograms.size();
        Map<String, long[][]> byType = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            for (ClassEntry entry : histograms.get(d).classes()) {
                long[][] series = byType.computeIfAbsent(entry.typeKey(), k -> new long[2][n]);
                series[0][d] += entry.count();
                series[1][d] += entry.shallowBytes();
            }
        }
        List<TypeGrowth> types = new ArrayList<>(byType.size());
        byType.forEach((type, series) -> types.add(new TypeGrowth(type, series[0], series[1])));
        List<Path> files = histograms.stream().map(h -> h.info().file()).toList();
        return new GrowthReport(files, types);
    }

    /** The types that grew, selected and ordered by the query. */
    public List<TypeGrowth> select(GrowthQuery query) {
        boolean byBytes = query.sortBy() == GrowthQuery.SortBy.BYTES;
        Comparator<TypeGrowth> order = byBytes
                ? Comparator.comparingLong(TypeGrowth::bytesDelta).thenComparingLong(TypeGrowth::countDelta)
                : Comparator.comparingLong(TypeGrowth::countDelta).thenComparingLong(TypeGrowth::bytesDelta);
        order = order.reversed().thenComparing(TypeGrowth::type);
        List<TypeGrowth> selected = new ArrayList<>();
        for (TypeGrowth t : types) {
            long delta = byBytes ? t.bytesDelta() : t.countDelta();
            if (delta < Math.max(1, query.minDelta())) {
                continue;
            }
            if (query.monotonic() && !t.grewInEveryInterval()) {
                continue;
            }
            if (query.filter() != null && !query.filter().matcher(t.type()).find()) {
                continue;
            }
            selected.add(t);
        }
        selected.sort(order);
        return query.top() > 0 && selected.size() > query.top() ? selected.subList(0, query.top()) : selected;
    }
}
