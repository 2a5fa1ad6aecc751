/**
 * The layout report: LayoutText (JOL style), LayoutJson and LayoutCsv of a heapwhy.layout.fields.ClassLayout.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.layout;
