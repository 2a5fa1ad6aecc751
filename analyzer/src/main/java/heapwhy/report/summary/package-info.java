/**
 * One dump at a glance (objects, roots, garbage, layout): SummaryText, SummaryJson and SummaryCsv of a
 * heapwhy.graph.HeapSummary.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.summary;
