/**
 * The waste report: WasteText, WasteJson and WasteCsv of a heapwhy.waste.WasteReport.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.waste;
