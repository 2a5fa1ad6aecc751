package heapwhy.testdumps;

import java.io.IOException;
import java.nio.file.Path;

/** Runs scenarios in child JVMs and caches their dumps. */
public final class ScenarioDumps {
    private ScenarioDumps() {
    }

    /** Produces (or reuses from {@code dir}) the dumps of a scenario variant. */
    public static DumpSet produce(Scenario scenario, Variant variant, Path dir) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
