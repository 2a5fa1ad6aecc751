package heapwhy.live;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import heapwhy.hprof.ProgressListener;
import heapwhy.util.Sizes;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One live JVM of this user, attached through the Attach API and reached through its own management beans (its
 * local JMX agent, started on attach): its heap figures, and heap dumps it writes itself. Close it to detach.
 */
public final class LiveJvm implements Closeable {
    private final long pid;
    private final VirtualMachine vm;
    private final JMXConnector connector;
    private final MBeanServerConnection beans;
    private final String command;

    private LiveJvm(long pid, VirtualMachine vm, JMXConnector connector, String command) throws IOException {
        this.pid = pid;
        this.vm = vm;
        this.connector = connector;
        this.beans = connector.getMBeanServerConnection();
        this.command = command;
    }

    /** Attaches to the JVM of process {@code pid}; every failure says why ({@link LiveJvmException.Reason}). */
    public static LiveJvm attach(long pid) throws LiveJvmException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException | IOException | RuntimeException e) {
            throw AttachFailures.diagnose(pid, e);
        }
        try {
            String url = vm.startLocalManagementAgent();
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(url));
            return new LiveJvm(pid, vm, connector, vm.getSystemProperties().getProperty("sun.java.command", ""));
        } catch (IOException | RuntimeException e) {
            detach(vm);
            throw gone(pid, e);
        }
    }

    public long pid() {
        return pid;
    }

    /** The main class or jar and its arguments, as the JVM reports them; may be empty. */
    public String command() {
        return command;
    }

    /** The heap in use, its limit and the JVM's age, asked now. */
    public JvmFigures figures() throws LiveJvmException {
        try {
            MemoryUsage heap = ManagementFactory.newPlatformMXBeanProxy(beans, ManagementFactory.MEMORY_MXBEAN_NAME,
                    MemoryMXBean.class).getHeapMemoryUsage();
            long uptime = ManagementFactory.newPlatformMXBeanProxy(beans, ManagementFactory.RUNTIME_MXBEAN_NAME,
                    RuntimeMXBean.class).getUptime();
            return new JvmFigures(heap.getUsed(), heap.getMax(), uptime);
        } catch (IOException | UndeclaredThrowableException e) {
            throw gone(pid, e);
        }
    }

    /**
     * Has the JVM write a heap dump of its live objects (after a full GC), or of every object when {@code all},
     * to {@code file}, an absolute path the JVM can write that is not there yet, through its
     * HotSpotDiagnosticMXBean. With {@code gzip} the JVM writes a plain dump beside {@code file} that is then
     * compressed into it (the JVM's management beans offer no compressed dump): the JVM pauses for the plain
     * dump only. {@code progress} hears, a few times a second from another thread, the bytes written so far
     * against the heap in use when the dump began (a dump is about that size).
     */
    public void dumpHeap(Path file, boolean all, boolean gzip, ProgressListener progress) throws LiveJvmException {
        if (!file.isAbsolute()) {
            throw new IllegalArgumentException("the JVM writes the dump: its path must be absolute, not " + file);
        }
        // the bean wants a name ending in .hprof; written beside the file, then moved (or compressed) into it
        Path written = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".hprof");
        long expected = figures().heapUsed();
        try {
            checkSpace(file.getParent(), Files.getFileStore(file.getParent()).getUsableSpace(), expected, gzip);
        } catch (IOException e) {
            throw new LiveJvmException(LiveJvmException.Reason.FAILED, "cannot tell the free space of "
                    + file.getParent() + ": " + AttachFailures.message(e), e);
        }
        try (SizeWatch watch = new SizeWatch(written, expected, progress)) {
            HotSpotDiagnosticMXBean diagnostic = ManagementFactory.newPlatformMXBeanProxy(beans,
                    "com.sun.management:type=HotSpotDiagnostic", HotSpotDiagnosticMXBean.class);
            diagnostic.dumpHeap(written.toString(), !all);
        } catch (IOException | UndeclaredThrowableException e) {
            deleteQuietly(written);
            throw gone(pid, e);
        } catch (RuntimeException e) {
            deleteQuietly(written);
            throw new LiveJvmException(LiveJvmException.Reason.FAILED, "the JVM of process " + pid
                    + " failed to dump its heap: " + AttachFailures.message(e), e);
        }
        try {
            if (gzip) {
                Compression.gzip(written, file);
                Files.delete(written);
            } else {
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            deleteQuietly(written);
            throw new LiveJvmException(LiveJvmException.Reason.FAILED, "the dump of process " + pid
                    + " could not be written to " + file + ": " + AttachFailures.message(e), e);
        }
    }

    /**
     * Refuses a dump that would not fit: a dump is about the size of the heap in use, and a gzip one needs the
     * plain dump beside it while it is compressed (taken here as half as large again).
     */
    static void checkSpace(Path directory, long usableBytes, long heapUsed, boolean gzip) throws LiveJvmException {
        long needed = gzip ? heapUsed + heapUsed / 2 : heapUsed;
        if (usableBytes < needed) {
            throw new LiveJvmException(LiveJvmException.Reason.NO_SPACE, "not enough free space in " + directory
                    + ": " + Sizes.human(usableBytes) + " free, and the dump needs about " + Sizes.human(needed)
                    + " (the heap uses " + Sizes.human(heapUsed) + (gzip ? ", and the plain dump is kept while it "
                    + "is compressed" : "") + ")");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the user to see: its name says what it is
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // the JVM may be gone already: nothing is left to close
        }
        detach(vm);
    }

    private static void detach(VirtualMachine vm) {
        try {
            vm.detach();
        } catch (IOException e) {
            // as above
        }
    }

    /** A failure while talking to an attached JVM: it exited, unless it is still there and said something else. */
    private static LiveJvmException gone(long pid, Exception e) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? new LiveJvmException(LiveJvmException.Reason.FAILED, "the JVM of process " + pid
                + " stopped answering: " + AttachFailures.message(e), e)
                : new LiveJvmException(LiveJvmException.Reason.TARGET_EXITED, "the JVM of process " + pid
                + " exited", e);
    }
}
