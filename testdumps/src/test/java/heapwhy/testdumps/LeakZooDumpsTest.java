package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import heapwhy.testdumps.scenarios.zoo.ZooLeaks;
import heapwhy.testdumps.scenarios.zoo.ZooLeaks.Leak;
import heapwhy.testdumps.scenarios.zoo.ZooLeaks.Lookalike;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LEAK_ZOO's dumps hold exactly what {@link ZooLeaks} says, by the JVM's own histograms. */
class LeakZooDumpsTest {
    /** Upper bound on one dump, so that every test reading the zoo stays quick. */
    private static final long MAX_DUMP_BYTES = 60_000_000;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "OTHER_JDK"})
    void everyLeakGrowsByItsCountPerStepAndNoLookalikeGrows(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK under /usr/lib/jvm");
        }
        DumpSet set = ScenarioDumps.produce(Scenario.LEAK_ZOO, variant);
        assertEquals(ZooLeaks.STEPS, set.dumps().size());
        List<JvmHistogram> h = new ArrayList<>();
        for (Path p : set.jvmHistograms()) {
            h.add(JvmHistogram.read(p));
        }
        List<String> problems = new ArrayList<>();
        for (int k = 1; k <= ZooLeaks.STEPS; k++) {
            JvmHistogram histogram = h.get(k - 1);
            for (Leak leak : ZooLeaks.LEAKS) {
                long count = histogram.count(leak.className());
                if (count != (long) k * leak.perStep()) {
                    problems.add("dump " + k + ": " + count + " " + leak.type() + ", not " + k * leak.perStep());
                }
            }
            for (Lookalike l : ZooLeaks.LOOKALIKES) {
                long count = histogram.count(l.className());
                if (count != l.count()) {
                    problems.add("dump " + k + ": " + count + " " + l.type() + ", not " + l.count());
                }
            }
        }
        assertEquals(List.of(), problems);
        for (Path dump : set.dumps()) {
            assertTrue(Files.size(dump) < MAX_DUMP_BYTES, () -> dump + " is too big");
        }
    }
}
