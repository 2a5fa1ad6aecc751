package heapwhy.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Produces (or reuses from its directory) the benchmark dump of at least 1 GB.
 *
 * <p>Temporarily a stub: {@code heapwhy.testdumps.BenchDump} is being written on another branch. Once it is
 * merged, replace the body of {@link #produce} with {@code return heapwhy.testdumps.BenchDump.produce(dir);}.
 */
class BenchDumpSource {

    /** @return the path of the benchmark dump, produced in {@code dir} the first time and reused afterwards */
    Path produce(Path dir) throws IOException {
        // return heapwhy.testdumps.BenchDump.produce(dir);
        throw new UnsupportedOperationException("BenchDump not merged yet");
    }
}
