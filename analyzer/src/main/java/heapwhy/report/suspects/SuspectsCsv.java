package heapwhy.report.suspects;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.Chain;
import heapwhy.paths.Step;
import heapwhy.report.Csv;
import heapwhy.report.HeapShares;
import heapwhy.suspects.ClassSuspect;
import heapwhy.suspects.HeldClass;
import heapwhy.suspects.Suspect;
import heapwhy.suspects.SuspectsReport;
import heapwhy.util.ObjectIdText;

/**
 * Leak suspects as CSV, one row per suspect: {@code rank,kind,id,class,count,retained_bytes,percent,
 * accumulation_id,accumulation_class,child_count,held_class,held_count,held_bytes,path}. kind is object, or
 * class for the classes named when no single object passes the threshold (no id, accumulation or path then);
 * held_* is the class the accumulation point holds most of, path the chain from the GC root to it joined by →.
 */
public final class SuspectsCsv {
    private SuspectsCsv() {
    }

    public static String format(HeapIndex index, SuspectsReport report) {
        StringBuilder out = new StringBuilder(Csv.record("rank", "kind", "id", "class", "count", "retained_bytes",
                "percent", "accumulation_id", "accumulation_class", "child_count", "held_class", "held_count",
                "held_bytes", "path"));
        int rank = 0;
        for (Suspect s : report.suspects()) {
            HeldClass held = s.heldClasses().isEmpty() ? null : s.heldClasses().get(0);
            out.append(Csv.record(String.valueOf(++rank), "object", ObjectIdText.hex(index.objectId(s.node())),
                    index.describe(s.node()), "1", Long.toString(s.retained()), HeapShares.percentText(index, s.retained()),
                    ObjectIdText.hex(index.objectId(s.accumulation())), index.describe(s.accumulation()),
                    Integer.toString(s.childCount()), held == null ? "" : held.className(),
                    held == null ? "" : Long.toString(held.count()), held == null ? "" : Long.toString(held.bytes()),
                    path(s.chain())));
        }
        for (ClassSuspect s : report.classSuspects()) {
            HeapClass c = s.heapClass();
            out.append(Csv.record(String.valueOf(++rank), "class", "", c.name(), Long.toString(c.count()),
                    Long.toString(c.retainedBytes()), HeapShares.percentText(index, c.retainedBytes()), "", "", "",
                    "", "", "", ""));
        }
        return out.toString();
    }

    private static String path(Chain chain) {
        if (chain == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(chain.rootText());
        for (Step step : chain.steps()) {
            text.append(" → ").append(step.label());
        }
        return text.toString();
    }
}
