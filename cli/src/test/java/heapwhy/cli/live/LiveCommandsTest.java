package heapwhy.cli.live;

import heapwhy.cli.MiniJson;
import heapwhy.cli.Run;
import heapwhy.cli.common.ExitCodes;
import heapwhy.testdumps.LiveChild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code heapwhy ps} and {@code heapwhy dump} on real child JVMs, and each way a dump fails in one line and its code. */
class LiveCommandsTest {
    private static final String SERVICE = "heapwhy.testdumps.scenarios.live.GrowingService";

    @TempDir
    static Path tmp;
    private static LiveChild service;

    @BeforeAll
    static void startService() throws IOException {
        service = LiveChild.start(List.of("-Xmx64m"), SERVICE, "20");
    }

    @AfterAll
    static void stopService() throws IOException {
        service.close();
    }

    @Test
    void psListsTheServiceWithItsHeapAndCommand() {
        Run text = Run.of("ps");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.trim().startsWith(service.pid() + " ") && l.contains(SERVICE)
                && l.contains("64.0 MB")), text.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jvms = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(
                Run.of("ps", "--format", "json").out())).get("jvms");
        Map<String, Object> mine = jvms.stream().filter(j -> ((Number) j.get("pid")).longValue() == service.pid())
                .findFirst().orElseThrow();
        assertTrue(((Number) mine.get("heap_used")).longValue() > 0, mine.toString());
    }

    @Test
    void dumpWritesWhereAskedAndNeverOverwrites() throws IOException {
        Path file = tmp.resolve("service.hprof");
        Run run = Run.of("dump", Long.toString(service.pid()), "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Wrote " + file + ": "), run.out());
        assertTrue(Files.size(file) > 0);
        Run again = Run.of("dump", Long.toString(service.pid()), "-o", file.toString());
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertTrue(again.err().contains(file + " exists: heapwhy never overwrites a file"), again.err());
        Run histogram = Run.of("histogram", "--filter", "GrowingService", file.toString());
        assertTrue(histogram.out().contains(SERVICE + "$Request"), histogram.out());
    }

    @Test
    void eachFailureIsOneLineWithItsOwnExitCode() throws Exception {
        LiveChild gone = LiveChild.start(List.of(), SERVICE);
        long pid = gone.pid();
        gone.kill();
        assertFails(ExitCodes.NO_SUCH_PROCESS, "heapwhy: no process has pid " + pid, Long.toString(pid));
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            assertFails(ExitCodes.NOT_A_JVM, "is not a Java VM", Long.toString(sleep.pid()));
        } finally {
            sleep.destroyForcibly();
        }
        try (LiveChild closed = LiveChild.start(List.of("-XX:+DisableAttachMechanism"), SERVICE)) {
            assertFails(ExitCodes.ATTACH_DISABLED, "-XX:+DisableAttachMechanism", Long.toString(closed.pid()));
        }
        Run missingFolder = Run.of("dump", Long.toString(service.pid()), "-o", tmp.resolve("no/such/x.hprof").toString());
        assertEquals(ExitCodes.USAGE, missingFolder.exitCode());
    }

    @Test
    void anotherUsersJvmIsOneLineWithItsOwnCode() throws Exception {
        // as root, heapwhy runs as nobody against this user's service; elsewhere there is no other user to be
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "the tests do not run as root");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")), "no runuser here");
        Path shared = Files.createTempDirectory("heapwhy-other-user-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path from = Path.of(entry);
                if (Files.exists(from)) {
                    Path to = shared.resolve((n++) + "-" + from.getFileName());
                    copyReadable(from, to);
                    entries.add(to.toString());
                }
            }
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process nobody = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", javaBin, "-cp",
                    String.join(File.pathSeparator, entries), "heapwhy.cli.Main", "dump",
                    Long.toString(service.pid()), "-o", Path.of(System.getProperty("java.io.tmpdir"))
                    .resolve("heapwhy-never-" + service.pid() + ".hprof").toString())
                    .redirectErrorStream(true).start();
            String said = new String(nobody.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(nobody.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ExitCodes.OTHER_USER, nobody.exitValue(), said);
            assertEquals("heapwhy: process " + service.pid() + " belongs to user root; heapwhy can attach only to "
                    + "the JVMs of its own user (nobody)", said.strip());
        } finally {
            try (Stream<Path> all = Files.walk(shared)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A copy that another user can read: folders rwxr-xr-x, files rw-r--r--. */
    private static void copyReadable(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(p, target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    private static void assertFails(int code, String message, String pid) {
        Run run = Run.of("dump", pid, "-o", tmp.resolve("never-" + pid + ".hprof").toString());
        assertEquals(code, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(Files.notExists(tmp.resolve("never-" + pid + ".hprof")));
    }
}
