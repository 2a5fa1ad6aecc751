package heapwhy.report.suspects;

import heapwhy.classes.ClassNames;
import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.paths.ChainText;
import heapwhy.suspects.ClassSuspect;
import heapwhy.suspects.ContainedClass;
import heapwhy.suspects.HeldClass;
import heapwhy.suspects.HeldObject;
import heapwhy.suspects.Holder;
import heapwhy.suspects.Suspect;
import heapwhy.suspects.SuspectKind;
import heapwhy.suspects.SuspectsReport;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;

import java.util.Locale;

/**
 * Leak suspects as sentences, top to bottom: who retains how much, who holds it (the field, for what was found
 * below a class loader or class), where it accumulates, or for a loader or class whose statics hold only small
 * things, the biggest of those.
 */
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
            out.append(nl).append("Suspect ").append(++n).append(": ").append(headline(index, report, suspect))
                    .append(nl);
            int at = suspect.accumulation();
            String atText = object(index, at);
            if (suspect.chain() == null) {
                out.append("  No strong chain from a GC root reaches ").append(atText).append('.').append(nl);
            } else {
                out.append("  Held by:").append(nl);
                ChainText.format(index, suspect.chain()).lines()
                        .forEach(line -> out.append("    ").append(line).append(nl));
            }
            // a loader or class that stays the suspect is where its memory spreads: the fields tell the rest
            boolean spreadOverStatics = !suspect.biggestHeld().isEmpty() || index.isClass(at)
                    || suspect.kind() != SuspectKind.OBJECT && at == suspect.node();
            if (spreadOverStatics) {
                statics(index, suspect, out);
            } else if (suspect.childCount() == 0) {
                out.append("  It accumulates in ").append(atText).append(" itself, ")
                        .append(Sizes.human(index.shallowSize(at))).append(" in one object.").append(nl);
                continue;
            } else {
                accumulation(index, suspect, out);
            }
            if (suspect.contents().isEmpty()) {
                continue;
            }
            out.append("  What piles up in it (all it keeps alive");
            out.append(suspect.ownBytes() < suspect.retained() ? " beside the suspects found in it" : "")
                    .append(", by shallow size):").append(nl);
            for (ContainedClass contained : suspect.contents()) {
                out.append("    ").append(Sizes.grouped(contained.count())).append(" × ").append(contained.className())
                        .append(" (").append(Sizes.human(contained.shallowBytes())).append(')').append(nl);
            }
        }
        return out.toString();
    }

    /** "java.util.HashMap 0x… held by static MyCache.ENTRIES retains 2.5 MB (46.31 % of the heap)." */
    private static String headline(HeapIndex index, SuspectsReport report, Suspect suspect) {
        String retains = " retains " + Sizes.human(suspect.retained()) + " ("
                + Sizes.percent(suspect.retained(), index.graphBytes()) + " % of the heap)";
        String node = object(index, suspect.node());
        return switch (suspect.kind()) {
            case OBJECT -> suspect.holder() == null ? "one instance of " + node + retains + "."
                    : node + " " + heldBy(index, suspect.holder()) + retains + ".";
            case KEPT_LOADER -> "class loader " + node
                    + (suspect.holder() == null ? "" : ", kept alive by " + holder(index, suspect.holder()) + ",")
                    + retains + " with the classes it defines and all that their statics hold.";
            case STATICS -> (index.isClass(suspect.node()) ? node : "class loader " + node)
                    + (suspect.holder() == null ? "" : " " + heldBy(index, suspect.holder())) + retains
                    + (holdsNothing(index, suspect) ? " in its own static fields, which hold no object."
                    : (index.isClass(suspect.node()) ? " in what its statics hold"
                    : " in its classes and what their statics hold") + howItSpreads(index, report, suspect));
        };
    }

    /** A class whose mirror is all it retains: its statics are numbers, or references to what others keep. */
    private static boolean holdsNothing(HeapIndex index, Suspect suspect) {
        return index.isClass(suspect.node()) && suspect.retained() == index.shallowSize(suspect.node());
    }

    /** How a statics holder's memory spreads, beside the suspects found in it if any. */
    private static String howItSpreads(HeapIndex index, SuspectsReport report, Suspect suspect) {
        String threshold = threshold(report.thresholdPercent());
        if (suspect.ownBytes() == suspect.retained()) {
            return ", spread over many objects: none keeps " + threshold + " % of the heap alone.";
        }
        return ": beside the suspects found in it, " + Sizes.human(suspect.ownBytes()) + " ("
                + Sizes.percent(suspect.ownBytes(), index.graphBytes()) + " % of the heap) spread over objects that keep"
                + " less than " + threshold + " % each.";
    }

    /** The suspect's (or its accumulation point's) memory, spread over what statics hold: the biggest of those. */
    private static void statics(HeapIndex index, Suspect suspect, StringBuilder out) {
        String nl = System.lineSeparator();
        int at = suspect.accumulation();
        if (at != suspect.node()) {
            out.append("  It accumulates in ").append(object(index, at)).append(" (")
                    .append(Sizes.human(index.retainedSize(at))).append(").").append(nl);
        }
        if (suspect.biggestHeld().isEmpty()) {
            return;
        }
        out.append(index.isClass(at) ? "  The biggest objects its statics hold:"
                : "  The biggest objects its classes' statics hold:").append(nl);
        for (HeldObject held : suspect.biggestHeld()) {
            // an object that no single field holds is reached from the owner by two ways at least
            String holder = held.holder().field() != null ? holder(index, held.holder())
                    : index.isClass(held.holder().owner()) ? "(through several statics)" : "(through several classes)";
            out.append("    ").append(holder).append("  ").append(object(index, held.node()))
                    .append(" (").append(Sizes.human(held.retained())).append(')').append(nl);
        }
    }

    /** Where the memory spreads over many children, and the classes of those children. */
    private static void accumulation(HeapIndex index, Suspect suspect, StringBuilder out) {
        String nl = System.lineSeparator();
        int at = suspect.accumulation();
        // "the suspect itself" tells that no single child holds most of it: the suspect is the collection
        out.append("  It accumulates in ").append(at == suspect.node() ? "the suspect itself, " : "")
                .append(object(index, at)).append(" (").append(Sizes.human(index.retainedSize(at))).append(") with ")
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
    }

    /** "java.util.HashMap 0xf019b7e8". */
    private static String object(HeapIndex index, int node) {
        return index.describe(node) + " " + ObjectIdText.hex(index.objectId(node));
    }

    /**
     * The suspect in a few words, for a table: what it is, and what holds it when it was found below a loader
     * or class ("java.util.HashMap held by static MyCache.ENTRIES"; the field names it, so the id is left out).
     */
    public static String name(HeapIndex index, Suspect suspect) {
        String node = object(index, suspect.node());
        String what = index.describe(suspect.node());
        return switch (suspect.kind()) {
            case OBJECT -> suspect.holder() == null ? node : what + " " + heldBy(index, suspect.holder());
            case KEPT_LOADER -> suspect.holder() == null ? "class loader " + node
                    : "class loader " + what + " kept alive by " + holder(index, suspect.holder());
            case STATICS -> index.isClass(suspect.node()) ? node + " (its statics)"
                    : "class loader " + node + " (its classes' statics)";
        };
    }

    /** "held by static MyCache.ENTRIES", "defined by class loader X 0x…", "held through class X 0x…". */
    static String heldBy(HeapIndex index, Holder holder) {
        if ("<class>".equals(holder.field()) && !index.isClass(holder.owner())) {
            return "defined by class loader " + object(index, holder.owner());
        }
        return (holder.field() == null ? "held through " : "held by ") + holder(index, holder);
    }

    /**
     * The holder as a noun: "static MyCache.ENTRIES", "Thread.contextClassLoader", "class com.acme.Plugin
     * 0x… &lt;classloader&gt;", or the owner alone when it holds the object only through others.
     */
    public static String holder(HeapIndex index, Holder holder) {
        String field = holder.field();
        if (field == null) {
            return object(index, holder.owner());
        }
        if (field.startsWith("static ")) {
            return field;
        }
        if (field.startsWith("<") || field.startsWith("[")) {
            return object(index, holder.owner()) + " " + field;
        }
        return ClassNames.simpleName(index.describe(holder.owner())) + "." + field;
    }

    /** "10", "2.5": a threshold as people write it, without a trailing ".0". */
    public static String threshold(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%s", percent);
    }
}
