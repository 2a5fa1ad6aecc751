/**
 * The objects that retain the most: TopText, TopJson and TopCsv.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.top;
