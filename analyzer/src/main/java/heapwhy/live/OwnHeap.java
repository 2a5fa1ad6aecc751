package heapwhy.live;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/** Heap dumps of this JVM, as a test that checks its own heap takes them. */
public final class OwnHeap {
    private OwnHeap() {
    }

    /** Writes a dump of this JVM's live objects (after a full GC) to {@code file}, which must end in .hprof. */
    public static void dump(Path file) throws IOException {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpHeap(file.toAbsolutePath().toString(), true);
    }

    /** The bytes of Java heap this JVM uses now. */
    public static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
