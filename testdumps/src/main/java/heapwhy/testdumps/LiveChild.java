package heapwhy.testdumps;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM that keeps running for the live commands to attach to: started with the testdumps classes on its
 * class path, returned once it printed "ready", stopped by closing its standard input (and killed if it will
 * not stop) on {@link #close}.
 */
public final class LiveChild implements Closeable {
    private final Process process;

    private LiveChild(Process process) {
        this.process = process;
    }

    /** Starts {@code mainClass} with {@code jvmFlags} and {@code args}, and waits until it says it is ready. */
    public static LiveChild start(List<String> jvmFlags, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildJvm.currentJavaHome().resolve("bin").resolve("java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(ChildClassPath.argument());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keeps the child's output pipe from filling
                        }
                    } catch (IOException e) {
                        // the child is gone
                    }
                }, "live-child-output");
                drain.setDaemon(true);
                drain.start();
                return new LiveChild(p);
            }
            said.append(line).append('\n');
        }
        p.destroyForcibly();
        throw new IOException(mainClass + " exited before it was ready:\n" + said);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the child at once, as a crash would: for tests of a target that goes away. */
    public void kill() throws IOException {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping " + process.pid(), e);
        }
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
