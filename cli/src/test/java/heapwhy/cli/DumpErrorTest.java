package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.hprof.HprofException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DumpErrorTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(Run run, String expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertArrayEquals(new String[] {"heapwhy: error: " + expected}, run.errLines(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFileExits2WithOneLineNamingTheFile() {
        Path missing = dir.resolve("missing.hprof");
        assertOneLineError(Run.of("histogram", missing.toString()), missing + ": no such file");
    }

    @Test
    void directoryExits2() {
        assertOneLineError(Run.of("histogram", dir.toString()), dir + ": is a directory, not a heap dump file");
    }

    @Test
    void growthChecksEveryDumpBeforeReadingAny() throws IOException {
        Path a = Fixtures.file(dir, "a.hprof");
        Path missing = dir.resolve("b.hprof");
        CommandEnvironment neverReads = CommandEnvironment.real().withHistograms((dump, progress) -> {
            throw new AssertionError("read before all files were checked");
        });
        assertOneLineError(Run.of(neverReads, "growth", a.toString(), missing.toString()), missing + ": no such file");
    }

    @Test
    void unreadableFileExits2() throws IOException {
        Path locked = Fixtures.file(dir, "locked.hprof");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
        assertOneLineError(Run.of("histogram", locked.toString()), locked + ": permission denied");
    }

    @Test
    void badDumpExits2WithFileOffsetAndProblem() throws IOException {
        Path bad = Fixtures.file(dir, "bad.hprof");
        CommandEnvironment failing = CommandEnvironment.real().withHistograms((dump, progress) -> {
            throw new HprofException(dump, 4242, "unknown record tag 0x7f");
        });
        assertOneLineError(Run.of(failing, "histogram", bad.toString()), bad + ": at byte 4242: unknown record tag 0x7f");
    }

    @Test
    void ioErrorWhileReadingExits2NamingTheFile() throws IOException {
        Path bad = Fixtures.file(dir, "bad.hprof");
        CommandEnvironment failing = CommandEnvironment.real().withHistograms((dump, progress) -> {
            throw new IOException("Input/output error");
        });
        assertOneLineError(Run.of(failing, "histogram", bad.toString()), bad + ": cannot read: Input/output error");
    }

    @Test
    void uncheckedIoErrorFromTheReaderIsAlsoABadDump() throws IOException {
        Path bad = Fixtures.file(dir, "bad.hprof");
        CommandEnvironment failing = CommandEnvironment.real().withHistograms((dump, progress) -> {
            throw new java.io.UncheckedIOException(new HprofException(dump, 17, "truncated record"));
        });
        assertOneLineError(Run.of(failing, "histogram", bad.toString()), bad + ": at byte 17: truncated record");
    }

    @Test
    void internalErrorExits1WithShortMessageAndNoStackTrace() throws IOException {
        Path dump = Fixtures.file(dir, "a.hprof");
        CommandEnvironment buggy = CommandEnvironment.real().withHistograms((file, progress) -> {
            throw new IllegalStateException("boom");
        });
        Run run = Run.of(buggy, "histogram", dump.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("heapwhy: internal error: java.lang.IllegalStateException: boom"), run.err());
        assertTrue(run.err().contains("please report it"), run.err());
        assertTrue(run.err().contains("--debug"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void debugAddsTheStackTraceOfAnInternalError() throws IOException {
        Path dump = Fixtures.file(dir, "a.hprof");
        CommandEnvironment buggy = CommandEnvironment.real().withHistograms((file, progress) -> {
            throw new IllegalStateException("boom");
        });
        Run run = Run.of(buggy, "histogram", "--debug", dump.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void warningsGoToStderrPrefixed() throws IOException {
        Path dump = Fixtures.file(dir, "a.hprof");
        CommandEnvironment environment = Fixtures.environment(Map.of(dump, Fixtures.histogram(dump,
                java.util.List.of(Fixtures.entry("byte[]", 1, 16)), "last segment truncated")));
        Run run = Run.of(environment, "histogram", dump.toString());
        assertEquals(0, run.exitCode());
        assertEquals("heapwhy: warning: a.hprof: last segment truncated", run.err().strip());
        assertFalse(run.out().contains("truncated"));
    }
}
