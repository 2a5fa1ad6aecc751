package heapwhy.graph;

import heapwhy.hprof.DumpInfo;
import heapwhy.hprof.RootKind;
import heapwhy.layout.HeapLayout;

import java.util.List;
import java.util.Map;

/**
 * What {@code heapwhy summary} shows.
 *
 * @param info the dump's header facts
 * @param layout the inferred object layout
 * @param objects objects in the graph (reachable ones, or all with keep-unreachable), class mirrors included
 * @param classes classes defined in the dump
 * @param shallowBytes the graph's objects' shallow bytes
 * @param rootsByKind GC roots per kind, in the order of {@link RootKind}
 * @param unreachableObjects objects no GC root reaches
 * @param unreachableBytes their shallow bytes
 * @param unreachableClasses the classes with unreachable instances, most bytes first
 * @param danglingReferences references to ids the dump never defines (ignored)
 * @param edges references in the graph
 * @param systemProperties a few JVM system properties read from the dump (java.version, java.vm.name…), when found
 * @param fromCache whether the index was reused rather than built
 * @param warnings problems met while reading the dump
 */
public record HeapSummary(DumpInfo info, HeapLayout layout, long objects, int classes, long shallowBytes,
                          Map<RootKind, Long> rootsByKind, long unreachableObjects, long unreachableBytes,
                          List<HeapClass> unreachableClasses, long danglingReferences, long edges,
                          Map<String, String> systemProperties, boolean fromCache, List<String> warnings) {
}
