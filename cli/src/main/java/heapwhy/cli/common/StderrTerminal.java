package heapwhy.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr, the stream progress goes to, is a terminal. {@code System.console()} answers for stdin and
 * stdout, so it says no when only the output is redirected ({@code heapwhy histogram x > out.csv}), which is
 * exactly when a progress line on stderr helps. On Linux the answer comes from where file descriptor 2
 * points; elsewhere the console is the best guess. A dumb terminal gets no progress line.
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}
