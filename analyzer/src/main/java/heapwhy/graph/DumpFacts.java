package heapwhy.graph;

import heapwhy.hprof.DumpInfo;
import heapwhy.layout.HeapLayout;

import java.util.List;
import java.util.Map;

/**
 * What an index knows of its dump as a whole, beyond objects and classes.
 *
 * @param info the dump's header facts
 * @param layout the inferred object layout
 * @param objectsInGraph objects in the graph (reachable ones, or all with keep-unreachable), class mirrors included
 * @param edges references in the graph
 * @param danglingReferences references to ids the dump never defines (ignored)
 * @param systemProperties a few JVM system properties read from the dump (java.version, java.vm.name…), when found
 * @param warnings problems met while reading the dump
 */
public record DumpFacts(DumpInfo info, HeapLayout layout, int objectsInGraph, long edges, long danglingReferences,
                        Map<String, String> systemProperties, List<String> warnings) {
}
