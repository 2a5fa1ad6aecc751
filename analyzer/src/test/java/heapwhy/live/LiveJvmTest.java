package heapwhy.live;

import heapwhy.histogram.ClassEntry;
import heapwhy.histogram.ClassHistogram;
import heapwhy.histogram.Histograms;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.testdumps.LiveChild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attaching to real child JVMs: a running service's figures and heap dumps, and each way attaching fails told
 * apart (a pid with no process, a process that is no JVM, a JVM that forbids attaching, one that exits).
 */
class LiveJvmTest {
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
    void anAttachedJvmTellsItsCommandHeapAndAge() throws LiveJvmException {
        try (LiveJvm jvm = LiveJvm.attach(service.pid())) {
            assertTrue(jvm.command().startsWith(SERVICE), jvm.command());
            JvmFigures figures = jvm.figures();
            assertTrue(figures.heapUsed() > 0 && figures.heapUsed() <= figures.heapMax(), figures.toString());
            assertEquals(64L << 20, figures.heapMax(), 16L << 20, "about -Xmx64m");
            assertTrue(figures.uptimeMillis() > 0, figures.toString());
        }
    }

    @Test
    void theJvmWritesPlainAndGzipDumpsThatHoldItsObjects() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = tmp.resolve(gzip ? "service.hprof.gz" : "service.hprof");
            try (LiveJvm jvm = LiveJvm.attach(service.pid())) {
                jvm.dumpHeap(file, false, gzip, heapwhy.hprof.ProgressListener.NONE);
            }
            ClassHistogram histogram = Histograms.read(file, ProgressListener.NONE);
            long requests = histogram.classes().stream().filter(c -> c.name().equals(SERVICE + "$Request"))
                    .mapToLong(ClassEntry::count).sum();
            assertTrue(requests > 0, "requests in " + file);
        }
        // compressed as the JVM itself would: read at random, not only from start to end
        Path gzip = tmp.resolve("service.hprof.gz");
        try (HeapIndex index = HeapIndex.open(gzip, IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                ProgressListener.NONE)) {
            assertTrue(index.contents().canReadObjects(), "objects of " + gzip + " are read at random");
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            // any gzip reader inflates it whole, every member one after another
            assertEquals("JAVA PROFILE", new String(in.readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(12 + in.transferTo(OutputStream.nullOutputStream()) > 1 << 20, "more than one member");
        }
    }

    @Test
    void theListHasTheServiceWithItsFigures() {
        JvmProcess found = LiveJvms.list().stream().filter(p -> p.pid() == service.pid()).findFirst().orElseThrow();
        assertTrue(found.command().startsWith(SERVICE), found.toString());
        assertTrue(found.figures() != null && found.figures().heapUsed() > 0, found.toString());
    }

    @Test
    void aPidWithNoProcessIsToldApartFromOneThatIsNoJvm() throws Exception {
        LiveChild gone = LiveChild.start(List.of(), SERVICE);
        long pid = gone.pid();
        gone.kill();
        assertEquals(LiveJvmException.Reason.NO_SUCH_PROCESS,
                assertThrows(LiveJvmException.class, () -> LiveJvm.attach(pid)).reason());
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            LiveJvmException e = assertThrows(LiveJvmException.class, () -> LiveJvm.attach(sleep.pid()));
            assertEquals(LiveJvmException.Reason.NOT_A_JVM, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("is not a Java VM"), e.getMessage());
        } finally {
            sleep.destroyForcibly();
        }
    }

    @Test
    void aJvmThatForbidsAttachingSaysSo() throws Exception {
        try (LiveChild closed = LiveChild.start(List.of("-XX:+DisableAttachMechanism"), SERVICE)) {
            LiveJvmException e = assertThrows(LiveJvmException.class, () -> LiveJvm.attach(closed.pid()));
            assertEquals(LiveJvmException.Reason.ATTACH_DISABLED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("-XX:+DisableAttachMechanism"), e.getMessage());
        }
    }

    @Test
    void aJvmThatExitsWhileAttachedIsTargetExited() throws Exception {
        LiveChild dying = LiveChild.start(List.of(), SERVICE);
        try (LiveJvm jvm = LiveJvm.attach(dying.pid())) {
            dying.kill();
            LiveJvmException e = assertThrows(LiveJvmException.class, jvm::figures);
            assertEquals(LiveJvmException.Reason.TARGET_EXITED, e.reason(), e.getMessage());
        }
    }

    @Test
    void aDumpThatWouldNotFitIsRefusedBeforeTheJvmIsAsked() throws LiveJvmException {
        Path dir = Path.of("/data");
        LiveJvmException e = assertThrows(LiveJvmException.class,
                () -> LiveJvm.checkSpace(dir, 100L << 20, 200L << 20, false));
        assertEquals(LiveJvmException.Reason.NO_SPACE, e.reason());
        assertEquals("not enough free space in /data: 100.0 MB free, and the dump needs about 200.0 MB (the heap "
                + "uses 200.0 MB)", e.getMessage());
        LiveJvm.checkSpace(dir, 200L << 20, 200L << 20, false);
        assertEquals(LiveJvmException.Reason.NO_SPACE, assertThrows(LiveJvmException.class,
                () -> LiveJvm.checkSpace(dir, 200L << 20, 200L << 20, true)).reason(), "gzip keeps the plain dump too");
    }
}
