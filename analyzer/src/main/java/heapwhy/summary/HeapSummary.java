package heapwhy.summary;

import heapwhy.graph.DumpFacts;
import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.DumpInfo;
import heapwhy.hprof.RootKind;
import heapwhy.layout.HeapLayout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
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

    /** Counts roots by kind and unreachable objects by class, and adds why a saved index was rebuilt. */
    public static HeapSummary of(HeapIndex index) {
        Map<RootKind, Long> rootsByKind = new EnumMap<>(RootKind.class);
        for (GcRoot root : index.roots()) {
            rootsByKind.merge(root.kind(), 1L, Long::sum);
        }
        long lostObjects = 0;
        long lostBytes = 0;
        List<HeapClass> lost = new ArrayList<>();
        for (HeapClass c : index.classes()) {
            lostObjects += c.unreachableCount();
            lostBytes += c.unreachableBytes();
            if (c.unreachableCount() > 0) {
                lost.add(c);
            }
        }
        lost.sort(Comparator.comparingLong(HeapClass::unreachableBytes).reversed());
        DumpFacts facts = index.facts();
        List<String> warnings = new ArrayList<>(facts.warnings());
        if (index.rebuildReason() != null) {
            warnings.add("the saved index could not be reused (" + index.rebuildReason() + "); it was rebuilt");
        }
        return new HeapSummary(facts.info(), facts.layout(), facts.objectsInGraph(), index.classes().size(),
                index.graphBytes(), rootsByKind, lostObjects, lostBytes, Collections.unmodifiableList(lost),
                facts.danglingReferences(), facts.edges(), facts.systemProperties(), index.fromCache(), warnings);
    }
}
