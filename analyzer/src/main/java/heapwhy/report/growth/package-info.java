/**
 * The types that grew across dumps: GrowthText, GrowthJson and GrowthCsv over a GrowthSelection of a
 * heapwhy.growth.GrowthReport.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.growth;
