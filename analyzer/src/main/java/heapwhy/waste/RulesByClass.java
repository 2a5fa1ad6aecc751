package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.Map;

/**
 * Per class of a dump, the rule of the nearest class in its lineage that a table names (a LinkedHashSet takes
 * HashSet's), looked up once per class: inspections that read collections by how each JDK class keeps its size.
 */
final class RulesByClass<R> {
    private final HeapIndex index;
    private final Map<String, R> table;
    private final Object[] byClass;
    private final boolean[] looked;

    RulesByClass(HeapIndex index, Map<String, R> table) {
        this.index = index;
        this.table = table;
        this.byClass = new Object[index.classes().size()];
        this.looked = new boolean[byClass.length];
    }

    /** The rule for the class ({@code classIndex} as {@link HeapIndex#classIndex} tells), or null. */
    @SuppressWarnings("unchecked")
    R of(int classIndex) throws IOException {
        if (!looked[classIndex]) {
            looked[classIndex] = true;
            for (String name : index.contents().lineage(classIndex)) {
                R rule = table.get(name);
                if (rule != null) {
                    byClass[classIndex] = rule;
                    break;
                }
            }
        }
        return (R) byClass[classIndex];
    }
}
