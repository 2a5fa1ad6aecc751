package heapwhy.waste.growth;

import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.WasteReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which waste grows across dumps of one program. Objects change ids between dumps, but what holds wasted
 * objects does not: each dump's holders ({@code Customer.country}) and values ({@code "Germany"},
 * {@code java.util.ArrayList}) are matched by inspection and name. As in {@code heapwhy why}, a holder or value
 * grows when its waste rises in every interval (from the first dump to the second when there are two) and by at
 * least a minimum from the first dump to the last: a table filled once grows in one interval only.
 */
public final class WasteGrowth {
    private WasteGrowth() {
    }

    /**
     * The query to find each dump's waste with: every holder and value kept, so that a holder too small to be
     * listed in one dump is still matched with itself in the others.
     */
    public static WasteQuery perDump(Set<WasteKind> kinds) {
        return new WasteQuery(kinds, Integer.MAX_VALUE);
    }

    /**
     * Compares the waste of dumps of one program, oldest first, each found with {@link #perDump}; {@code names}
     * label them.
     */
    public static WasteGrowthReport compare(List<String> names, List<WasteReport> reports, WasteGrowthQuery query) {
        int n = reports.size();
        if (n < 2 || names.size() != n) {
            throw new IllegalArgumentException("two or more dumps, each with a name: " + names.size() + " names, "
                    + n + " reports");
        }
        Map<WasteKind, Series> totals = new EnumMap<>(WasteKind.class);
        Map<WasteKind, Map<String, Series>> owners = new EnumMap<>(WasteKind.class);
        Map<WasteKind, Map<String, Series>> examples = new EnumMap<>(WasteKind.class);
        List<Long> heapBytes = new ArrayList<>();
        List<Long> wastedBytes = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            WasteReport report = reports.get(d);
            heapBytes.add(report.graphBytes());
            wastedBytes.add(report.wastedBytes());
            for (WasteFinding f : report.findings()) {
                WasteKind kind = f.kind();
                totals.computeIfAbsent(kind, k -> new Series(n)).add(d, f.objects(), f.wastedBytes());
                Map<String, Series> byOwner = owners.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                for (WasteOwner o : f.owners()) {
                    byOwner.computeIfAbsent(o.name(), k -> new Series(n)).add(d, o.objects(), o.bytes());
                }
                Map<String, Series> byValue = examples.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                // object overhead's examples are its holders again, the classes, with their split per instance
                for (WasteExample e : kind == WasteKind.OBJECT_OVERHEAD ? List.<WasteExample>of() : f.examples()) {
                    // long strings are cut to one text: values that share it are told together
                    byValue.computeIfAbsent(e.text(), k -> new Series(n)).add(d, e.copies(), e.wastedBytes());
                }
            }
        }
        WasteReport newest = reports.get(n - 1);
        List<WasteSeries> inspections = new ArrayList<>();
        List<WasteSeries> growingOwners = new ArrayList<>();
        List<WasteSeries> growingExamples = new ArrayList<>();
        // object overhead grows with the instances themselves (why and growth tell that) and no field holds it:
        // its classes are ranked only when it is the one inspection asked for
        boolean overheadOnly = totals.keySet().equals(EnumSet.of(WasteKind.OBJECT_OVERHEAD));
        for (Map.Entry<WasteKind, Series> total : totals.entrySet()) {
            WasteKind kind = total.getKey();
            Series series = total.getValue();
            if (newest.percent(series.bytes[n - 1]) < query.minPercent()) {
                continue;
            }
            inspections.add(series.of(kind, kind.title()));
            if (kind != WasteKind.OBJECT_OVERHEAD || overheadOnly) {
                growing(kind, owners.get(kind), query, growingOwners);
                growing(kind, examples.get(kind), query, growingExamples);
            }
        }
        Comparator<WasteSeries> order = Comparator.comparingLong((WasteSeries s) -> -s.bytesGrowth())
                .thenComparingLong(s -> -s.objectsGrowth()).thenComparing(WasteSeries::kind)
                .thenComparing(WasteSeries::name);
        growingOwners.sort(order);
        growingExamples.sort(order);
        return new WasteGrowthReport(names, heapBytes, wastedBytes, query, inspections,
                first(growingOwners, query.top()), Math.max(0, growingOwners.size() - query.top()),
                first(growingExamples, query.top()), Math.max(0, growingExamples.size() - query.top()), List.of());
    }

    private static void growing(WasteKind kind, Map<String, Series> byName, WasteGrowthQuery query,
                                List<WasteSeries> into) {
        byName.forEach((name, series) -> {
            WasteSeries s = series.of(kind, name);
            if (query.grows(s)) {
                into.add(s);
            }
        });
    }

    private static List<WasteSeries> first(List<WasteSeries> all, int top) {
        return all.subList(0, Math.min(top, all.size()));
    }

    /** Objects and bytes per dump of one matched name, 0 in the dumps that do not name it. */
    private static final class Series {
        final long[] objects;
        final long[] bytes;

        Series(int dumps) {
            objects = new long[dumps];
            bytes = new long[dumps];
        }

        void add(int dump, long objectCount, long byteCount) {
            objects[dump] += objectCount;
            bytes[dump] += byteCount;
        }

        WasteSeries of(WasteKind kind, String name) {
            return new WasteSeries(kind, name, list(objects), list(bytes));
        }

        private static List<Long> list(long[] values) {
            List<Long> list = new ArrayList<>(values.length);
            for (long v : values) {
                list.add(v);
            }
            return list;
        }
    }
}
