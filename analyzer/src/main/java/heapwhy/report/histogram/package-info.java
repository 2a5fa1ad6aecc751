/**
 * The class histogram of one dump (HistogramText, HistogramJson, HistogramCsv over a HistogramSelection) and the
 * histogram with retained sizes (RetainedHistogram* over a RetainedSelection).
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.histogram;
