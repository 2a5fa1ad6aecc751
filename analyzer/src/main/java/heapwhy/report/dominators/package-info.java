/**
 * The dominator tree as an indented tree, JSON or CSV, over the DominatorBranch a user asked for.
 *
 * <p>The rule for every report is in {@link heapwhy.report}.
 */
package heapwhy.report.dominators;
