package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.classes.ClassNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CONTROL scenario is a well-behaved program (a full, capped LRU cache and churn): no owner of its own
 * classes wastes more than 1 % of the heap in any inspection; what remains above 1 % is the JDK's.
 */
class WasteOnControlDumpTest {
    @TempDir
    static Path tmp;

    @Test
    void nothingTheProgramHoldsWastesMoreThanOnePercent() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.CONTROL, Variant.DEFAULT).dumps().get(2);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
            Set<String> programClasses = new HashSet<>();
            for (int c = 0; c < index.classes().size(); c++) {
                String name = index.classes().get(c).displayName();
                if (name.startsWith("heapwhy.")) {
                    programClasses.add(ClassNames.simpleName(name));
                }
            }
            assertTrue(programClasses.contains("LruCache$Value"), programClasses.toString());
            WasteReport report = Waste.find(index, new WasteQuery(Set.of(), Integer.MAX_VALUE));
            List<String> above = new ArrayList<>();
            int jdkAbove = 0;
            for (WasteFinding f : report.findings()) {
                for (WasteOwner o : f.owners()) {
                    if (report.percent(o.bytes()) <= 1) {
                        continue;
                    }
                    if (namesAny(o.name(), programClasses)) {
                        above.add(f.kind().option() + ": " + o.name() + " " + o.bytes());
                    } else {
                        jdkAbove++;
                    }
                }
            }
            assertEquals(List.of(), above);
            // the check sees owners above 1 %: the JDK's own duplicate strings and tables are there
            assertTrue(jdkAbove > 0);
        }
    }

    /** An owner is the program's when it names one of its classes, as a field's holder or a static's class. */
    private static boolean namesAny(String owner, Set<String> classes) {
        for (String c : classes) {
            if (owner.startsWith(c + ".") || owner.startsWith("static " + c + ".") || owner.equals(c)) {
                return true;
            }
        }
        return false;
    }
}
