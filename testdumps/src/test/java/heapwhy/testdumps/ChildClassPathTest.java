package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildClassPathTest {
    @Test
    void theTestdumpsClassesComeFirstThenTheJarOfEveryLibraryClass() {
        List<Path> entries = ChildClassPath.entries();
        assertEquals(ChildJvm.codeSource().toAbsolutePath().normalize(), entries.get(0));
        assertEquals(entries.size(), new HashSet<>(entries).size(), entries::toString);
        for (String name : ChildClassPath.LIBRARY_CLASSES) {
            Path jar = ChildClassPath.codeSourceOf(name).orElseThrow().toAbsolutePath().normalize();
            assertTrue(entries.contains(jar), name + " from " + jar + " not in " + entries);
            assertTrue(Files.isRegularFile(jar), jar::toString);
        }
        assertEquals(4, entries.size(), "testdumps, guava, failureaccess, caffeine: " + entries);
    }
}
