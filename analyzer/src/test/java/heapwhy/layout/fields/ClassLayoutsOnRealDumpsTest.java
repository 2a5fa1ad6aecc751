package heapwhy.layout.fields;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;


/**
 * On real dumps, every class's field layout ends at the size the index gives its instances (which equals the
 * JVM's own histogram), and no two fields overlap.
 */
class ClassLayoutsOnRealDumpsTest {
    @TempDir
    static Path tmp;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS", "OTHER_JDK"})
    void everyClassLayoutHasItsInstancesSizeAndNoOverlap(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK on this machine");
        }
        Path dump = ScenarioDumps.produce(Scenario.WASTE, variant).dumps().get(0);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve(variant.name())),
                ProgressListener.NONE)) {
            EveryClassLayout.fitsItsInstances(index, variant.toString());
        }
    }
}
