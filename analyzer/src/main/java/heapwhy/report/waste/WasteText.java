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
        out.append(headline(dumpName, report)).append(nl);
        if (report.findings().stream().noneMatch(f -> f.wastedBytes() > 0)) {
            return out.toString();
        }
        for (WasteFinding finding : report.findings()) {
            out.append(nl).append(finding(report, finding)).append(nl);
            if (finding.objects() == 0) {
                continue;
            }
            // each table as wide as its own names: object overhead's long splits would spread its classes wide
            int width = width(finding.owners().stream().map(WasteOwner::name).toList());
            out.append("  ").append(ownersTitle(finding.kind())).append(":").append(nl);
            for (WasteOwner owner : finding.owners()) {
                out.append(row(width, owner.name(), Sizes.grouped(owner.objects()), Sizes.human(owner.bytes()))).append(nl);
            }
            width = width(finding.examples().stream().map(WasteExample::text).toList());
            out.append("  ").append(examplesTitle(finding.kind())).append(":").append(nl);
            for (WasteExample example : finding.examples()) {
                out.append(row(width, example.text(), copies(finding.kind(), example.copies()),
                        Sizes.human(example.wastedBytes()))).append(nl);
            }
        }
        return out.toString();
    }

    /**
     * The report's first line: what the inspections found together and its share of the reachable heap, or that
     * they found nothing.
     */
    public static String headline(String dumpName, WasteReport report) {
        long kinds = report.findings().stream().filter(f -> f.wastedBytes() > 0).count();
        String start = "Waste in " + clean(dumpName) + ": ";
        if (kinds == 0) {
            return start + "nothing found by the inspections run (" + names(report) + ").";
        }
        return start + kinds + (kinds == 1 ? " kind, " : " kinds, ") + Sizes.human(report.wastedBytes()) + " ("
                + percent(report, report.wastedBytes()) + " of the reachable heap, " + Sizes.human(report.graphBytes())
                + ") could be saved" + (report.findings().stream().anyMatch(f -> f.kind() == WasteKind.OBJECT_OVERHEAD
                && f.wastedBytes() > 0) ? ", object overhead not counted (only a change of the objects' shape saves it)."
                : ".");
    }

    /** One finding's line: "Duplicate strings: 90 copies of 10 distinct values waste 4.2 KB (0.1 %)", or "…: none." */
    public static String finding(WasteReport report, WasteFinding finding) {
        String start = finding.kind().title() + ": ";
        if (finding.objects() == 0) {
            return start + "none.";
        }
        return start + headline(finding) + " waste " + Sizes.human(finding.wastedBytes()) + " ("
                + percent(report, finding.wastedBytes()) + ")";
    }

    /** What a finding's owners are: "held by", or "by class" for object overhead. */
    public static String ownersTitle(WasteKind kind) {
        return kind == WasteKind.OBJECT_OVERHEAD ? "by class" : "held by";
    }

    /** What a finding's examples are: "most duplicated" values, "per instance" splits or "by type". */
    public static String examplesTitle(WasteKind kind) {
        return duplicates(kind) ? "most duplicated" : kind == WasteKind.OBJECT_OVERHEAD ? "per instance" : "by type";
    }

    /** An example's objects: "12 copies" of a duplicate, else "1 object", "3 objects". */
    public static String copies(WasteKind kind, long copies) {
        String count = Sizes.grouped(copies);
        return duplicates(kind) ? count + " copies" : count + (copies == 1 ? " object" : " objects");
    }

    /** "3.4 %": a share of the reachable heap as the report writes it. */
    public static String percent(WasteReport report, long bytes) {
        return String.format(Locale.ROOT, "%.1f %%", report.percent(bytes));
    }

    private static boolean duplicates(WasteKind kind) {
        return kind == WasteKind.DUPLICATE_STRINGS || kind == WasteKind.DUPLICATE_ARRAYS;
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

    /** The name column of a table: as wide as its longest name, at least {@value #NAME_WIDTH}. */
    private static int width(List<String> names) {
        int width = NAME_WIDTH;
        for (String name : names) {
            width = Math.max(width, clean(name).length());
        }
        return width;
    }

    private static String row(int width, String name, String count, String bytes) {
        String shown = clean(name);
        return "    " + shown + " ".repeat(width - shown.length()) + String.format(Locale.ROOT, " %14s %10s", count,
                bytes);
    }

    private static String names(WasteReport report) {
        List<String> names = report.findings().stream().map(f -> f.kind().option()).toList();
        return String.join(", ", names);
    }

    /** Control characters of dump text as \\uXXXX escapes, so that a string cannot forge a line of output. */
    public static String clean(String text) {
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
