package heapwhy.suspects;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.ChainText;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

import java.util.Locale;

/** Leak suspects as sentences, top to bottom: who retains how much, who holds it, where it accumulates. */
public final class SuspectsText {
    private SuspectsText() {
    }

    /** The report as the CLI prints it and the GUI shows it. */
    public static String format(HeapIndex index, SuspectsReport report) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        String threshold = threshold(report.thresholdPercent());
        String heap = Sizes.human(index.graphBytes()) + " (" + Sizes.grouped(index.graphBytes()) + " bytes)";
        if (report.isEmpty()) {
            out.append("No object and no class keeps ").append(threshold).append(" % or more of the reachable heap, ")
                    .append(heap).append(", alive: nothing stands out at this threshold (try a lower --threshold).")
                    .append(nl);
            return out.toString();
        }
        if (report.suspects().isEmpty()) {
            out.append("No single object keeps ").append(threshold).append(" % of the reachable heap, ").append(heap)
                    .append(", alive; the instances of these classes do together:").append(nl).append(nl);
            for (ClassSuspect suspect : report.classSuspects()) {
                HeapClass c = suspect.heapClass();
                out.append("  ").append(c.displayName()).append(": ").append(Sizes.grouped(c.count()))
                        .append(c.count() == 1 ? " instance retains " : " instances retain ")
                        .append(Sizes.human(c.retainedBytes())).append(" (")
                        .append(Sizes.percent(c.retainedBytes(), index.graphBytes())).append(" %)").append(nl);
            }
            return out.toString();
        }
        out.append("Leak suspects: the objects that alone keep ").append(threshold)
                .append(" % or more of the reachable heap, ").append(heap).append(", alive.").append(nl);
        int n = 0;
        for (Suspect suspect : report.suspects()) {
            out.append(nl).append("Suspect ").append(++n).append(": one instance of ").append(index.describe(suspect.node()))
                    .append(' ').append(ObjectIdText.hex(index.objectId(suspect.node()))).append(" retains ")
                    .append(Sizes.human(suspect.retained())).append(" (")
                    .append(Sizes.percent(suspect.retained(), index.graphBytes())).append(" % of the heap).").append(nl);
            int at = suspect.accumulation();
            String atText = index.describe(at) + " " + ObjectIdText.hex(index.objectId(at));
            if (suspect.chain() == null) {
                out.append("  No strong chain from a GC root reaches ").append(atText).append('.').append(nl);
            } else {
                out.append("  Held by:").append(nl);
                ChainText.format(index, suspect.chain()).lines()
                        .forEach(line -> out.append("    ").append(line).append(nl));
            }
            if (suspect.childCount() == 0) {
                out.append("  It accumulates in ").append(atText).append(" itself, ")
                        .append(Sizes.human(index.shallowSize(at))).append(" in one object.").append(nl);
                continue;
            }
            out.append("  It accumulates in ").append(at == suspect.node() ? "the suspect itself, " : "")
                    .append(atText).append(" (").append(Sizes.human(index.retainedSize(at))).append(") with ")
                    .append(Sizes.grouped(suspect.childCount())).append(suspect.childCount() == 1 ? " child:" : " children:")
                    .append(nl);
            long shown = 0;
            for (HeldClass held : suspect.heldClasses()) {
                shown += held.count();
                out.append("    ").append(Sizes.grouped(held.count())).append(" × ").append(held.className())
                        .append(" (").append(Sizes.human(held.bytes())).append(')').append(nl);
            }
            if (shown < suspect.childCount()) {
                out.append("    … ").append(Sizes.grouped(suspect.childCount() - shown)).append(" of other classes")
                        .append(nl);
            }
            out.append("  What piles up in it (all it keeps alive, by shallow size):").append(nl);
            for (ContainedClass contained : suspect.contents()) {
                out.append("    ").append(Sizes.grouped(contained.count())).append(" × ").append(contained.className())
                        .append(" (").append(Sizes.human(contained.shallowBytes())).append(')').append(nl);
            }
        }
        return out.toString();
    }

    /** "10", "2.5": a threshold as people write it, without a trailing ".0". */
    public static String threshold(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%s", percent);
    }
}
