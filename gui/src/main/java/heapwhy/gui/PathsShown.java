package heapwhy.gui;

import heapwhy.paths.BackrefsResult;

/**
 * What the Paths view shows: merged shortest paths from the GC roots, the dump they were found in, and the
 * targets in words ("heapwhy.a.MyCache$Entry", "java.util.HashMap 0x7f0012a8").
 */
record PathsShown(OpenedDump dump, String what, BackrefsResult result) {
}
