package heapwhy.report.layout;

import heapwhy.layout.fields.ClassLayout;
import heapwhy.layout.fields.FieldSlot;
import heapwhy.report.ControlChars;

import java.util.Locale;

/**
 * One class's field layout as people read it, in the columns JOL made familiar: offset, size, type and
 * description per row: the header, each field (named by its declaring class's simple name), every gap, the
 * alignment at the end; then the instance size and the bytes lost to gaps. Names from the dump have their
 * control characters escaped, so a crafted field name cannot forge a row.
 */
public final class LayoutText {
    private LayoutText() {
    }

    public static String format(ClassLayout layout) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(clean(layout.className())).append(" object internals (")
                .append(layout.legacy() ? "HotSpot's field layout before JDK 15" : "HotSpot's JDK 15+ field layout")
                .append("):").append(nl);
        out.append(row("OFF", "SZ", "TYPE", "DESCRIPTION")).append(nl);
        out.append(row(0, layout.headerBytes(), "", "(object header)")).append(nl);
        int at = layout.headerBytes();
        for (FieldSlot f : layout.fields()) {
            if (f.offset() > at) {
                out.append(row(at, f.offset() - at, "", "(alignment/padding gap)")).append(nl);
            }
            out.append(row(f.offset(), f.size(), f.type(), simpleName(f.declaredBy()) + "." + clean(f.name())))
                    .append(nl);
            at = Math.max(at, f.offset() + f.size());
        }
        if (layout.instanceSize() > at) {
            out.append(row(at, layout.instanceSize() - at, "", "(object alignment gap)")).append(nl);
        }
        int internal = layout.gapBytes();
        int external = layout.trailingPadding();
        out.append("Instance size: ").append(layout.instanceSize()).append(" bytes").append(nl);
        out.append("Space losses: ").append(internal).append(" bytes internal + ").append(external)
                .append(" bytes external = ").append(internal + external).append(" bytes total").append(nl);
        return out.toString();
    }

    private static String row(int offset, int size, String type, String description) {
        return row(Integer.toString(offset), Integer.toString(size), type, description);
    }

    private static String row(String offset, String size, String type, String description) {
        return String.format(Locale.ROOT, "%5s %4s  %-9s  %s", offset, size, type, description).stripTrailing();
    }

    /** "HashMap$Node" of "java.util.HashMap$Node", escaped. */
    private static String simpleName(String className) {
        return clean(className.substring(className.lastIndexOf('.') + 1));
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
