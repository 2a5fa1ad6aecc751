/**
 * The places where the heap grows: WhyText, WhyJson and WhyCsv of a heapwhy.sites.WhyReport.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.why;
