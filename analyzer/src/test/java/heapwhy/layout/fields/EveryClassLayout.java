package heapwhy.layout.fields;

import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every real dump's layouts must pass, whatever JVM made it. */
public final class EveryClassLayout {
    private EveryClassLayout() {
    }

    /**
     * Every instance class of the dump (arrays and classes sharing a name left out) has a layout whose fields do
     * not overlap and whose size is its instances' shallow size; more than a hundred classes are checked.
     */
    public static void fitsItsInstances(HeapIndex index, String what) throws IOException {
        boolean[] seen = new boolean[index.classes().size()];
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int node = 0; node < index.nodeCount(); node++) {
            if (index.isClass(node) || seen[index.classIndex(node)] || index.classOf(node).name().endsWith("[]")) {
                continue;
            }
            seen[index.classIndex(node)] = true;
            ClassLayout layout = ClassLayouts.of(index, index.classOf(node).name());
            if (layout == null || index.classOf(node).nameIsShared()) {
                continue;
            }
            checked++;
            int end = layout.headerBytes();
            for (FieldSlot f : layout.fields()) {
                if (f.offset() < end) {
                    wrong.add(layout.className() + ": " + f + " overlaps what ends at " + end);
                }
                end = f.offset() + f.size();
            }
            if (layout.instanceSize() != index.shallowSize(node)) {
                wrong.add(layout.className() + ": layout " + layout.instanceSize() + ", index "
                        + index.shallowSize(node));
            }
        }
        assertTrue(checked > 100, "classes checked: " + checked);
        assertEquals(List.of(), wrong, what);
    }
}
