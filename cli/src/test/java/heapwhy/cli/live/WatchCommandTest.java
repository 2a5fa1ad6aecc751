package heapwhy.cli.live;

import heapwhy.cli.Run;
import heapwhy.cli.common.ExitCodes;
import heapwhy.testdumps.LiveChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code heapwhy watch} on a real growing service: the report after each dump names its leak, dumps are kept only
 * when asked, a JVM that exits mid-watch leaves what was taken, and Ctrl+C stops the wait at once.
 */
class WatchCommandTest {
    private static final String SERVICE = "heapwhy.testdumps.scenarios.live.GrowingService";
    private static final String LEAK = "GrowingService$Request piles up in static GrowingService.HANDLED (ArrayList)";

    @TempDir
    Path tmp;

    @Test
    void eachReportFromTheSecondDumpNamesTheLeakAndKeptDumpsStay() throws IOException {
        // a request (about 550 bytes) every 2 ms: some 250 KB a second, well over why's 64 KB in each interval
        try (LiveChild service = LiveChild.start(List.of("-Xmx64m"), SERVICE, "2")) {
            Path keep = tmp.resolve("kept");
            Run run = Run.of("watch", "--every", "1s", "--dumps", "3", "--keep", keep.toString(),
                    Long.toString(service.pid()));
            assertEquals(0, run.exitCode(), run.err());
            String out = run.out();
            assertTrue(out.contains("What grows so far, over 2 dumps:") && out.contains("What grows, over all 3 dumps:"),
                    out);
            assertEquals(2, out.lines().filter(l -> l.contains(LEAK)).count(), out);
            for (int d = 1; d <= 3; d++) {
                assertTrue(Files.isRegularFile(keep.resolve("watch-" + service.pid() + "-" + d + ".hprof")));
            }
        }
    }

    @Test
    void withoutKeepTheDumpsAreRemoved() throws IOException {
        try (LiveChild service = LiveChild.start(List.of("-Xmx64m"), SERVICE, "5")) {
            Run run = Run.of("watch", "--every", "100ms", "--dumps", "2", Long.toString(service.pid()));
            assertEquals(0, run.exitCode(), run.err());
            Matcher first = Pattern.compile("Dump 1 of 2: (\\S+) ").matcher(run.out());
            assertTrue(first.find(), run.out());
            assertFalse(Files.exists(Path.of(first.group(1)).getParent()), "the temporary folder is gone");
            assertTrue(run.out().contains("The dumps were removed; --keep DIR keeps them"), run.out());
        }
    }

    @Test
    void aJvmThatExitsMidWatchLeavesWhatWasTakenAndSaysSo() throws Exception {
        LiveChild service = LiveChild.start(List.of("-Xmx64m"), SERVICE, "5");
        Path keep = tmp.resolve("partial");
        CompletableFuture<Run> watching = CompletableFuture.supplyAsync(() -> Run.of("watch", "--every", "3s",
                "--dumps", "3", "--keep", keep.toString(), Long.toString(service.pid())));
        Path first = keep.resolve("watch-" + service.pid() + "-1.hprof");
        for (int i = 0; i < 300 && !Files.exists(first); i++) {
            Thread.sleep(50);
        }
        service.kill();
        Run run = watching.get(60, TimeUnit.SECONDS);
        assertEquals(ExitCodes.TARGET_EXITED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("the JVM of process " + service.pid() + " exited after 1 dump; it is kept in "
                + keep), run.err());
        assertTrue(Files.isRegularFile(first));
    }

    @Test
    void ctrlCStopsTheWaitAtOnceAndReportsWhatWasTaken() throws Exception {
        try (LiveChild service = LiveChild.start(List.of("-Xmx64m"), SERVICE, "5")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process watch = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "heapwhy.cli.Main",
                    "watch", "--every", "10m", "--dumps", "3", "--keep", tmp.resolve("stopped").toString(),
                    Long.toString(service.pid())).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("Dump 1 of 3: "), String.valueOf(line));
            long start = System.nanoTime();
            // Ctrl+C is SIGINT; without a kill command, SIGTERM (which stops a watch the same way)
            if (Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill"))) {
                new ProcessBuilder("kill", "-INT", Long.toString(watch.pid())).start().waitFor();
            } else {
                watch.destroy();
            }
            assertTrue(watch.waitFor(30, TimeUnit.SECONDS), "stopped");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            String rest = new String(watch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, watch.exitValue(), rest);
            assertTrue(rest.contains("Stopped after 1 dump.") && rest.contains("One dump tells nothing of growth"), rest);
            assertTrue(seconds < 10, "stopped in " + seconds + " s, not after the 10 minutes' wait");
        }
    }
}
