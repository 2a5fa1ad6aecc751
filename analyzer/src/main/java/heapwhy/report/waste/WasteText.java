package heapwhy.report.waste;

import heapwhy.report.ControlChars;
import heapwhy.util.Sizes;
import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteReport;

import java.util.List;
import java.util.Locale;

/**
 * The waste report as people read it: one headline with the total, then per finding what it wastes, what holds
 * the waste and the biggest values or types. Text from the dump (owners, string values) has its control
 * characters escaped here, so a line break in a string cannot forge a line of the report.
 */
public final class WasteText {
    private static final int NAME_WIDTH = 40;

    private WasteText() {
    }

    /** The report of the dump named {@code dumpName} ("app.hprof"). */
    public static String format(String dumpName, WasteReport report) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        long kinds = report.findings().stream().filter(f -> f.wastedBytes() > 0).count();
        out.append("Waste in ").append(clean(dumpName)).append(": ");
        if (kinds == 0) {
            out.append("nothing found by the inspections run (").append(names(report)).append(").").append(nl);
            return out.toString();
        }
        out.append(kinds).append(kinds == 1 ? " kind, " : " kinds, ").append(Sizes.human(report.wastedBytes()))
                .append(" (").append(percent(report, report.wastedBytes())).append(" of the reachable heap, ")
                .append(Sizes.human(report.graphBytes())).append(") could be saved")
                .append(report.findings().stream().anyMatch(f -> f.kind() == WasteKind.OBJECT_OVERHEAD
                        && f.wastedBytes() > 0) ? ", object overhead not counted (only a change of the objects' "
                        + "shape saves it)." : ".").append(nl);
        for (WasteFinding finding : report.findings()) {
            out.append(nl).append(finding.kind().title()).append(": ");
            if (finding.objects() == 0) {
                out.append("none.").append(nl);
                continue;
            }
            out.append(headline(finding)).append(" waste ").append(Sizes.human(finding.wastedBytes())).append(" (")
                    .append(percent(report, finding.wastedBytes())).append(")").append(nl);
            int width = width(finding);
            out.append(finding.kind() == WasteKind.OBJECT_OVERHEAD ? "  by class:" : "  held by:").append(nl);
            for (WasteOwner owner : finding.owners()) {
                out.append(row(width, owner.name(), Sizes.grouped(owner.objects()), Sizes.human(owner.bytes()))).append(nl);
            }
            out.append(finding.kind() == WasteKind.DUPLICATE_STRINGS || finding.kind() == WasteKind.DUPLICATE_ARRAYS
                    ? "  most duplicated:" : finding.kind() == WasteKind.OBJECT_OVERHEAD ? "  per instance:"
                    : "  by type:").append(nl);
            for (WasteExample example : finding.examples()) {
                String copies = Sizes.grouped(example.copies()) + (example.copies() == 1 ? " object" : " objects");
                if (finding.kind() == WasteKind.DUPLICATE_STRINGS || finding.kind() == WasteKind.DUPLICATE_ARRAYS) {
                    copies = Sizes.grouped(example.copies()) + " copies";
                }
                out.append(row(width, example.text(), copies, Sizes.human(example.wastedBytes()))).append(nl);
            }
        }
        return out.toString();
    }

    private static String headline(WasteFinding f) {
        String objects = Sizes.grouped(f.objects());
        String distinct = Sizes.grouped(f.distinct());
        return switch (f.kind()) {
            case DUPLICATE_STRINGS -> plural(objects, f.objects(), "extra copy", "extra copies") + " of " + distinct
                    + (f.distinct() == 1 ? " distinct value" : " distinct values");
            case DUPLICATE_ARRAYS -> plural(objects, f.objects(), "extra copy", "extra copies") + " of " + distinct
                    + (f.distinct() == 1 ? " distinct array" : " distinct arrays");
            case EMPTY_COLLECTIONS -> plural(objects, f.objects(), "empty collection", "empty collections") + " of "
                    + plural(distinct, f.distinct(), "class", "classes");
            case ZERO_LENGTH_ARRAYS -> plural(objects, f.objects(), "array", "arrays") + " beyond one per type, of "
                    + plural(distinct, f.distinct(), "type", "types");
            case UNDER_FILLED -> plural(objects, f.objects(), "collection or array", "collections and arrays")
                    + " under a quarter full, of " + plural(distinct, f.distinct(), "class", "classes");
            case BOXED_NUMBERS -> plural(objects, f.objects(), "box", "boxes") + " a primitive array or one shared "
                    + "box would replace, of " + plural(distinct, f.distinct(), "type", "types");
            case OBJECT_OVERHEAD -> plural(objects, f.objects(), "instance", "instances") + " of "
                    + plural(distinct, f.distinct(), "class", "classes")
                    + " that are mostly header, padding and references,";
        };
    }

    private static String plural(String text, long n, String one, String many) {
        return text + " " + (n == 1 ? one : many);
    }

    /** The name column of a finding: as wide as its longest name, at least {@value #NAME_WIDTH}. */
    private static int width(WasteFinding finding) {
        int width = NAME_WIDTH;
        for (WasteOwner owner : finding.owners()) {
            width = Math.max(width, clean(owner.name()).length());
        }
        for (WasteExample example : finding.examples()) {
            width = Math.max(width, clean(example.text()).length());
        }
        return width;
    }

    private static String row(int width, String name, String count, String bytes) {
        String shown = clean(name);
        return "    " + shown + " ".repeat(width - shown.length()) + String.format(Locale.ROOT, " %14s %10s", count,
                bytes);
    }

    private static String percent(WasteReport report, long bytes) {
        return String.format(Locale.ROOT, "%.1f %%", report.percent(bytes));
    }

    private static String names(WasteReport report) {
        List<String> names = report.findings().stream().map(f -> f.kind().option()).toList();
        return String.join(", ", names);
    }

    /** Control characters of dump text as \\uXXXX escapes. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ControlChars.isControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
