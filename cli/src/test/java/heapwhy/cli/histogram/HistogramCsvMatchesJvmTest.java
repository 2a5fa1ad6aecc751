package heapwhy.cli.histogram;

import heapwhy.cli.Run;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.JvmHistogram;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code heapwhy histogram --format csv} on every scenario dump of every variant equals, for each
 * application class, the JVM's own class histogram taken at the same moment (JDK classes are checked
 * with their tolerance in the analyzer's HistogramMatchesJvmTest).
 */
class HistogramCsvMatchesJvmTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void csvEqualsTheJvmHistogramForApplicationClassesOfEveryScenario(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK on this machine");
        }
        for (Scenario scenario : Scenario.values()) {
            if (!scenario.variants().contains(variant)) {
                continue;
            }
            DumpSet set = ScenarioDumps.produce(scenario, variant);
            for (int i = 0; i < set.dumps().size(); i++) {
                Run run = Run.of("histogram", "--format", "csv", set.dumps().get(i).toString());
                assertEquals(0, run.exitCode(), run.err());
                Map<String, long[]> csv = applicationRows(run.out());
                Map<String, long[]> jvm = new HashMap<>();
                for (JvmHistogram.Row row : JvmHistogram.read(set.jvmHistograms().get(i)).rows()) {
                    if (row.javaName().startsWith("heapwhy.")) {
                        jvm.merge(row.javaName(), new long[]{row.count(), row.bytes()}, (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
                    }
                }
                assertTrue(!jvm.isEmpty());
                assertEquals(render(jvm), render(csv), set.dumps().get(i).toString());
            }
        }
    }

    /** class,count,shallow_bytes,loader rows of application classes (their names hold no comma or quote). */
    private static Map<String, long[]> applicationRows(String csv) {
        Map<String, long[]> rows = new HashMap<>();
        List<String> lines = csv.lines().toList();
        assertEquals("class,count,shallow_bytes,loader", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("heapwhy.")) {
                String[] f = line.split(",");
                rows.merge(f[0], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])}, (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            }
        }
        return rows;
    }

    private static List<String> render(Map<String, long[]> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach((name, v) -> out.add(name + " " + v[0] + " " + v[1]));
        out.sort(null);
        return out;
    }
}
