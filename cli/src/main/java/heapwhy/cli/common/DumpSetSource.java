package heapwhy.cli.common;

import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;

import java.io.IOException;
import java.nio.file.Path;

/** Where the demo gets its scenario dumps from: the testdumps scenarios, or a fake in tests. */
@FunctionalInterface
public interface DumpSetSource {
    DumpSetSource SCENARIOS = ScenarioDumps::produce;

    DumpSet produce(Scenario scenario, Variant variant, Path dir) throws IOException;
}
