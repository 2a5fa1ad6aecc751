package heapwhy.cli.common;

import heapwhy.testdumps.BenchDump;
import heapwhy.testdumps.BenchSeries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Produces (or reuses from its directory) the benchmark dump of at least 1 GB, made by a real JVM. */
public class BenchDumpSource {

    /** @return the path of the benchmark dump, produced in {@code dir} the first time and reused afterwards */
    public Path produce(Path dir) throws IOException {
        return BenchDump.produce(dir).dump();
    }

    /** @return three dumps of at least 1 GB of one growing program, oldest first, produced in {@code dir} once */
    public List<Path> produceSeries(Path dir) throws IOException {
        return BenchSeries.produce(dir).dumps();
    }
}
