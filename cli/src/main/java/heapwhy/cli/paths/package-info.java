/**
 * heapwhy backrefs and heapwhy path: what keeps objects alive, as merged shortest paths from the GC roots or one
 * object's shortest chain.
 */
package heapwhy.cli.paths;
