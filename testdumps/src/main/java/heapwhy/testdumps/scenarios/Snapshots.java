package heapwhy.testdumps.scenarios;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Takes the JVM class histogram (DiagnosticCommand MBean, {@code gcClassHistogram}) and then the heap dump of
 * the running JVM, from inside it, so that the histogram is ground truth for the dump taken right after.
 *
 * <p>Command line of every scenario program: {@code <outDir> [--gz] [--all]}. Public for the scenarios in
 * sub-packages (LEAK_ZOO's {@code zoo}).
 */
public final class Snapshots {
    private final Path outDir;
    private final String name;
    private final boolean gzip;
    private final boolean all;
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName diagnostic;
    /** Unreachable on purpose; only there so that a -all dump holds application garbage. */
    private static volatile Object sink;

    /**
     * @param name the scenario's file prefix ({@code Scenario.filePrefix()})
     * @param args the program's command line
     */
    public Snapshots(String name, String[] args) throws JMException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: <outDir> [--gz] [--all]");
        }
        this.outDir = Path.of(args[0]).toAbsolutePath();
        this.name = name;
        boolean gz = false;
        boolean everything = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--gz" -> gz = true;
                case "--all" -> everything = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        this.gzip = gz;
        this.all = everything;
        this.diagnostic = new ObjectName("com.sun.management:type=DiagnosticCommand");
    }

    /** Writes facts about this JVM, so the launcher can tell which flags were really in effect. */
    public void writeRunProperties() throws IOException {
        Properties p = new Properties();
        p.setProperty("java.version", System.getProperty("java.version"));
        p.setProperty("java.home", System.getProperty("java.home"));
        p.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        p.setProperty("input.arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        for (String flag : new String[] {"UseCompressedOops", "UseCompressedClassPointers", "MaxHeapSize"}) {
            p.setProperty("flag." + flag, vmOption(flag));
        }
        try (var w = Files.newBufferedWriter(outDir.resolve("run.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "scenario " + name);
        }
    }

    private static String vmOption(String flag) {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean.getVMOption(flag).getValue();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /**
     * Takes snapshot {@code k}: histogram first, then dump. The caller must have every worker thread parked.
     * A full GC first empties the young generation, then a fixed amount of application garbage is made, so that
     * no GC runs between histogram and dump and a {@code -all} pair still agrees on application classes.
     */
    public void take(int k) throws IOException, JMException {
        if (k == 1) {
            warmUpAttach();
        }
        settle();
        makeGarbage();
        take(name + "-" + k);
    }

    /**
     * Lets the JVM's own reference processing finish before a snapshot: after a GC, the Reference Handler
     * and Cleaner threads drop cleared references, and MethodType's intern table drops its stale entries on
     * its next lookup. Left undone, that work happens between histogram and dump and the two disagree on a
     * few JDK classes (seen with CallSiteContext, PhantomCleanableRef and MethodType's WeakEntry).
     */
    private static void settle() {
        for (int round = 0; round < 3; round++) {
            System.gc();
            java.lang.invoke.MethodType.methodType(void.class, Snapshots.class);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.gc();
    }

    /** Takes histogram {@code <base>.histo.txt} then dump {@code <base>.hprof[.gz]}, with no preparation. */
    void take(String base) throws IOException, JMException {
        writeHistogram(base);
        Path dump = outDir.resolve(base + (gzip ? ".hprof.gz" : ".hprof"));
        long t0 = System.nanoTime();
        String out = gzip ? jcmdHeapDump(dump) : mxBeanHeapDump(dump);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!Files.isRegularFile(dump)) {
            throw new IOException("GC.heap_dump wrote no file: " + out);
        }
        System.out.printf("snapshot %s: %d bytes in %d ms (%s)%n", dump.getFileName(), Files.size(dump), ms,
                out == null ? "" : out.strip());
    }

    /**
     * In a method of its own so that the histogram text is unreachable once written: a live dump's GC then
     * collects it instead of counting it against the histogram it came from.
     */
    private void writeHistogram(String base) throws IOException, JMException {
        String histo = (String) server.invoke(diagnostic, "gcClassHistogram",
                new Object[] {all ? new String[] {"-all"} : new String[0]},
                new String[] {String[].class.getName()});
        Files.writeString(outDir.resolve(base + ".histo.txt"), histo, StandardCharsets.UTF_8);
    }

    /**
     * The first attach to a JVM starts its attach listener and loads method handles and lambdas; doing
     * that once before any snapshot keeps it out of the gap between histogram and dump.
     */
    void warmUpAttach() throws IOException {
        if (gzip) {
            runJcmd(List.of("VM.version"));
        }
    }

    /**
     * GC.heap_dump is not exported through the DiagnosticCommand MBean (only through attach), so a plain
     * dump is taken in-process by {@link com.sun.management.HotSpotDiagnosticMXBean#dumpHeap}, which runs the
     * same HotSpot heap dumper.
     */
    private String mxBeanHeapDump(Path dump) throws IOException {
        ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .dumpHeap(dump.toString(), !all);
        return "HotSpotDiagnosticMXBean.dumpHeap live=" + !all;
    }

    /**
     * The only way to get the JVM's own chunked gzip ({@code -gz=1}) on JDK 17 is GC.heap_dump through the
     * attach mechanism, so this JVM runs {@code jcmd} against itself and waits, staying quiescent.
     */
    private String jcmdHeapDump(Path dump) throws IOException {
        List<String> args = new ArrayList<>(List.of("GC.heap_dump"));
        if (all) {
            args.add("-all");
        }
        args.add("-gz=1");
        args.add(dump.toString());
        return runJcmd(args);
    }

    /** Runs this JVM's jcmd against this JVM and waits for it. */
    private String runJcmd(List<String> args) throws IOException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), Long.toString(ProcessHandle.current().pid())));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("jcmd " + args + " timed out: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("jcmd " + args + " failed (" + p.exitValue() + "): " + out);
        }
        return out;
    }

    private static void makeGarbage() {
        Object[] batch = new Object[1000];
        for (int i = 0; i < 1000; i++) {
            batch[i] = new Churn.Garbage(i, null);
        }
        sink = batch;
        sink = null;
    }
}
