package heapwhy.report.histogram;

import heapwhy.graph.HeapClass;
import heapwhy.report.DumpDescription;
import heapwhy.report.TextTable;
import heapwhy.summary.HeapSummary;
import heapwhy.util.Sizes;

/** The histogram with retained sizes as an aligned table for people. */
public final class RetainedHistogramText {
    private RetainedHistogramText() {
    }

    public static String format(RetainedSelection selection) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        HeapSummary summary = HeapSummary.of(selection.index());
        out.append("Dump: ").append(DumpDescription.of(summary.info())).append(nl);
        out.append("Layout: ").append(summary.layout().describe()).append(nl);
        out.append(selection.countedObjects()).append(nl);
        int classes = selection.matched().size();
        String which = selection.filter() == null ? "" : " matching /" + selection.filter().pattern() + "/";
        String order = switch (selection.sortBy()) {
            case count -> "instance count";
            case bytes -> "shallow bytes";
            case retained -> "retained bytes";
        };
        out.append(selection.notShown() > 0
                ? "Top " + selection.shown().size() + " of " + Sizes.grouped(classes) + " classes" + which
                : Sizes.grouped(classes) + (classes == 1 ? " class" : " classes") + which)
                .append(" by ").append(order).append(":").append(nl).append(nl);
        if (selection.matched().isEmpty()) {
            return out.append(selection.filter() == null ? "The graph holds no objects." : "No class matches /"
                    + selection.filter().pattern() + "/.").append(nl).toString();
        }
        TextTable table = new TextTable(">num", ">instances", ">bytes", ">size", ">retained", ">retained size", "class");
        int num = 1;
        for (HeapClass c : selection.shown()) {
            table.row(String.valueOf(num++), Sizes.grouped(c.count()), Sizes.grouped(c.shallowBytes()),
                    Sizes.human(c.shallowBytes()), Sizes.grouped(c.retainedBytes()), Sizes.human(c.retainedBytes()),
                    c.displayName());
        }
        // Retained bytes of different classes overlap (a map retains its entries), so they have no total.
        table.row("", Sizes.grouped(selection.matchedCount()), Sizes.grouped(selection.matchedBytes()),
                Sizes.human(selection.matchedBytes()), "", "",
                "total of " + Sizes.grouped(classes) + (classes == 1 ? " class" : " classes"));
        out.append(table.render());
        out.append(HistogramText.notShown(selection.notShown(), nl));
        return out.toString();
    }
}
