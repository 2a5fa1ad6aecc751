package heapwhy.report.layout;

import heapwhy.layout.fields.ClassLayout;
import heapwhy.layout.fields.FieldSlot;
import heapwhy.report.Csv;

/**
 * One class's field layout as CSV, one row per part of an instance by offset:
 * {@code offset,size,kind,type,name,declared_by}, kind being header, field, gap or padding.
 */
public final class LayoutCsv {
    private LayoutCsv() {
    }

    public static String format(ClassLayout layout) {
        StringBuilder out = new StringBuilder(Csv.record("offset", "size", "kind", "type", "name", "declared_by"));
        out.append(Csv.record("0", Integer.toString(layout.headerBytes()), "header", "", "", ""));
        int at = layout.headerBytes();
        for (FieldSlot f : layout.fields()) {
            if (f.offset() > at) {
                out.append(Csv.record(Integer.toString(at), Integer.toString(f.offset() - at), "gap", "", "", ""));
            }
            out.append(Csv.record(Integer.toString(f.offset()), Integer.toString(f.size()), "field", f.type(),
                    LayoutText.clean(f.name()), LayoutText.clean(f.declaredBy())));
            at = Math.max(at, f.offset() + f.size());
        }
        if (layout.instanceSize() > at) {
            out.append(Csv.record(Integer.toString(at), Integer.toString(layout.instanceSize() - at), "padding", "",
                    "", ""));
        }
        return out.toString();
    }
}
