package heapwhy.waste.growth;

import java.util.List;

/**
 * What {@link WasteGrowth#compare} found.
 *
 * @param dumps the dumps' names, oldest first
 * @param heapBytes the reachable heap of each dump
 * @param wastedBytes each dump's waste, object overhead left out (as {@link heapwhy.waste.WasteReport#wastedBytes})
 * @param query what was asked
 * @param inspections every inspection run (at or above the query's share), in inspection order, with its totals
 * @param owners the holders whose waste grows in every interval by the query's minimum, the most growth first;
 *               at most query.top()
 * @param moreOwners how many more holders grow than are listed
 * @param examples the values and types whose waste grows so, the most growth first; at most query.top(); none
 *                 of object overhead, whose values are its holders again
 * @param moreExamples how many more values grow than are listed
 * @param warnings what may make the answer less sharp (dumps not oldest first)
 */
public record WasteGrowthReport(List<String> dumps, List<Long> heapBytes, List<Long> wastedBytes,
                                WasteGrowthQuery query, List<WasteSeries> inspections, List<WasteSeries> owners,
                                int moreOwners, List<WasteSeries> examples, int moreExamples, List<String> warnings) {
    public WasteGrowthReport {
        dumps = List.copyOf(dumps);
        heapBytes = List.copyOf(heapBytes);
        wastedBytes = List.copyOf(wastedBytes);
        inspections = List.copyOf(inspections);
        owners = List.copyOf(owners);
        examples = List.copyOf(examples);
        warnings = List.copyOf(warnings);
    }

    /** The report with {@code warning} first among its warnings. */
    public WasteGrowthReport withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(List.of(warning));
        all.addAll(warnings);
        return new WasteGrowthReport(dumps, heapBytes, wastedBytes, query, inspections, owners, moreOwners, examples,
                moreExamples, all);
    }
}
