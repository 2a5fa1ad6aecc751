package heapwhy.cli.common;

import heapwhy.report.ShellWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that dumps were given oldest first by the time stamps in their HPROF headers: given newest first, a
 * heap that shrank reads as one that grew, and growth and why would report a leak that is not there.
 */
public final class DumpOrder {
    private DumpOrder() {
    }

    /**
     * The warning for dumps not given oldest first, naming the order meant, or null when they are in order or
     * their time stamps cannot tell (missing or equal).
     *
     * @param command the command, to print the one meant
     * @param timestamps each dump's header time stamp in epoch milliseconds, in the order given
     */
    public static String warning(String command, List<Path> dumps, List<Long> timestamps) {
        boolean ordered = true;
        boolean reversed = true;
        for (int d = 0; d < timestamps.size(); d++) {
            if (timestamps.get(d) <= 0) {
                return null;
            }
            if (d > 0) {
                long before = timestamps.get(d - 1);
                long now = timestamps.get(d);
                if (now == before) {
                    return null;
                }
                ordered &= now > before;
                reversed &= now < before;
            }
        }
        if (ordered) {
            return null;
        }
        List<Integer> byTime = new ArrayList<>();
        for (int d = 0; d < dumps.size(); d++) {
            byTime.add(d);
        }
        byTime.sort(Comparator.comparing(timestamps::get));
        String meant = byTime.stream().map(d -> ShellWords.quote(dumps.get(d).toString()))
                .collect(Collectors.joining(" "));
        return (reversed ? "the dumps look newest first" : "the dumps are not oldest first")
                + " (by the time stamps in their headers), and " + command + " reads them oldest first: did you mean "
                + "heapwhy " + command + " " + meant + "?";
    }
}
