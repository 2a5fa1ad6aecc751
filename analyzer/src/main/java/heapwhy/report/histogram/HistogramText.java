package heapwhy.report.histogram;

import heapwhy.histogram.ClassEntry;
import heapwhy.report.DumpDescription;
import heapwhy.report.TextTable;
import heapwhy.util.Sizes;

/** The histogram as an aligned table for people, with a header naming the dump and its layout. */
public final class HistogramText {
    private HistogramText() {
    }

    public static String format(HistogramSelection selection) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Dump: ").append(DumpDescription.of(selection.histogram().info())).append(nl);
        out.append("Layout: ").append(selection.histogram().layout().describe()).append(nl);
        out.append(summary(selection)).append(nl).append(nl);
        if (selection.matched().isEmpty()) {
            out.append(selection.filter() == null ? "The dump holds no objects." : "No class matches /"
                    + selection.filter().pattern() + "/.").append(nl);
            return out.toString();
        }
        TextTable table = new TextTable(">num", ">instances", ">bytes", ">size", "class");
        int num = 1;
        for (ClassEntry entry : selection.shown()) {
            table.row(String.valueOf(num++), Sizes.grouped(entry.count()), Sizes.grouped(entry.shallowBytes()),
                    Sizes.human(entry.shallowBytes()), entry.displayName());
        }
        int classes = selection.matched().size();
        table.row("", Sizes.grouped(selection.matchedCount()), Sizes.grouped(selection.matchedBytes()),
                Sizes.human(selection.matchedBytes()),
                "total of " + Sizes.grouped(classes) + (classes == 1 ? " class" : " classes"));
        out.append(table.render());
        out.append(notShown(selection.notShown(), nl));
        return out.toString();
    }

    /** The line saying how many classes --top left out, or nothing. */
    static String notShown(int count, String nl) {
        if (count <= 0) {
            return "";
        }
        return Sizes.grouped(count) + (count == 1 ? " more class is" : " more classes are")
                + " not shown (--top 0 shows all)." + nl;
    }

    private static String summary(HistogramSelection selection) {
        int classes = selection.matched().size();
        String which = selection.filter() == null ? "" : " matching /" + selection.filter().pattern() + "/";
        String order = selection.sortBy() == SortKey.count ? "instance count" : "shallow bytes";
        if (selection.notShown() > 0) {
            return "Top " + selection.shown().size() + " of " + Sizes.grouped(classes) + " classes" + which
                    + " by " + order + ":";
        }
        return Sizes.grouped(classes) + (classes == 1 ? " class" : " classes") + which + " by " + order + ":";
    }
}
