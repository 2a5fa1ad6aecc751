/**
 * What keeps objects alive: backrefs' merged paths (BackrefsText, BackrefsJson, BackrefsCsv of a
 * heapwhy.paths.BackrefsResult) and path's one chain (PathText, PathJson, PathCsv).
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.paths;
