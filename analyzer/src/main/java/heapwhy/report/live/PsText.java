package heapwhy.report.live;

import heapwhy.live.JvmProcess;
import heapwhy.report.TextTable;
import heapwhy.util.Sizes;

import java.util.List;
import java.util.Locale;

/**
 * The live JVMs as people read them: pid, heap used and its limit, uptime and command, one per line; a JVM that
 * could not be attached to shows why instead of its figures.
 */
public final class PsText {
    private PsText() {
    }

    public static String format(List<JvmProcess> processes, String user) {
        if (processes.isEmpty()) {
            return "No other JVM of user " + user + " to attach to." + System.lineSeparator();
        }
        TextTable table = new TextTable(">pid", ">heap used", ">heap max", ">uptime", "command");
        for (JvmProcess p : processes) {
            if (p.figures() == null) {
                table.row(Long.toString(p.pid()), "?", "?", "?", p.command() + "  (" + p.problem() + ")");
            } else {
                table.row(Long.toString(p.pid()), Sizes.human(p.figures().heapUsed()),
                        p.figures().heapMax() < 0 ? "none" : Sizes.human(p.figures().heapMax()),
                        uptime(p.figures().uptimeMillis()), p.command());
            }
        }
        return table.render();
    }

    /** "12s", "5m 03s", "2h 07m", "3d 04h": the two largest units, enough to tell an old JVM from a new one. */
    public static String uptime(long millis) {
        long s = millis / 1000;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dd %02dh", s / 86_400, s % 86_400 / 3600);
    }
}
