package heapwhy.cli.bench;

import heapwhy.cli.Fixtures;
import heapwhy.cli.Run;
import heapwhy.cli.common.BenchDumpSource;
import heapwhy.cli.common.CommandEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchPrintsOneFactPerLineForEachRunAndTheMedian() throws IOException {
        Path dump = Fixtures.file(dir, "bench.hprof");
        Path[] askedDir = new Path[1];
        CommandEnvironment environment = Fixtures.environment(Map.of(dump, Fixtures.sample(dump))).withBenchDumps(new BenchDumpSource() {
            @Override
            public Path produce(Path where) {
                askedDir[0] = where;
                return dump;
            }
        });
        Run run = Run.of(environment, "bench", "--dir", dir.toString(), "--runs", "3", "--skip-graph", "--skip-paths", "--skip-why");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(dir, askedDir[0]);
        List<String> lines = run.out().lines().toList();
        for (String fact : new String[] {"machine: ", "java: ", "max heap: ", "dump: ", "dump size: ", "run 1: ",
            "run 2: ", "run 3: ", "objects: 7,400 in 4 classes", "median: ", "peak heap used: ",
            "heap bytes per object: "}) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(fact)), fact + " in:\n" + run.out());
        }
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("run 4: ")));
        assertTrue(lines.stream().filter(l -> l.startsWith("run ")).allMatch(l -> l.matches("run \\d: [\\d.]+ s, [\\d.]+ MB/s")),
                run.out());
    }

    @Test
    void benchReportsAFailureToProduceTheDumpAsAnInternalError() {
        CommandEnvironment environment = CommandEnvironment.real().withBenchDumps(new BenchDumpSource() {
            @Override
            public Path produce(Path where) {
                throw new UnsupportedOperationException("BenchDump not merged yet");
            }
        });
        Run run = Run.of(environment, "bench", "--dir", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("heapwhy: internal error: java.lang.UnsupportedOperationException: BenchDump not merged yet"),
                run.err());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, BenchCommand.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BenchCommand.median(new double[] {4, 1, 2, 3}));
    }
}
