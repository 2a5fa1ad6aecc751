package heapwhy.suspects;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class loaders of a real JDK 17 dump, told by their superclasses and by what ClassLoader.scl holds. */
class LoadersTest {
    @TempDir
    Path tmp;

    @Test
    void systemLoaderAndItsParentsAreFoundFromClassLoaderSclAndTheirParentFields() throws IOException {
        Path dump = ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(0);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp), ProgressListener.NONE)) {
            Loaders loaders = new Loaders(index);
            Set<String> loaderClasses = new TreeSet<>();
            Set<String> systemAndParents = new TreeSet<>();
            for (int node = 0; node < index.nodeCount(); node++) {
                if (index.inGraph(node) && loaders.isLoader(node)) {
                    loaderClasses.add(index.describe(node));
                    if (loaders.isSystemLoaderOrParent(node)) {
                        systemAndParents.add(index.describe(node));
                    }
                }
            }
            // the platform loader's BuiltinClassLoader.parent leads on to the boot loader's object
            assertEquals(Set.of("jdk.internal.loader.ClassLoaders$AppClassLoader",
                    "jdk.internal.loader.ClassLoaders$BootClassLoader",
                    "jdk.internal.loader.ClassLoaders$PlatformClassLoader"), systemAndParents, loaderClasses.toString());
            // loaders by their superclass chain, also those whose names do not say so
            assertTrue(loaderClasses.containsAll(systemAndParents), loaderClasses.toString());
            assertTrue(loaderClasses.stream().noneMatch(c -> c.startsWith("class ") || c.equals("java.lang.String")),
                    loaderClasses.toString());
        }
    }
}
