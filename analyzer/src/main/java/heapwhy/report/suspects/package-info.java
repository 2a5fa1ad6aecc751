/**
 * The leak suspects: SuspectsText, SuspectsJson and SuspectsCsv of a heapwhy.suspects.SuspectsReport.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.suspects;
