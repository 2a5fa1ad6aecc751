package heapwhy.report.growth;

import heapwhy.growth.TypeGrowth;
import heapwhy.report.TextTable;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The growing types as an aligned table, like objgraph's show_growth: one count column per dump, then the
 * growth from the first dump to the last in instances and in bytes.
 */
public final class GrowthText {
    private GrowthText() {
    }

    public static String format(GrowthSelection selection) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        int n = selection.dumpCount();
        out.append(heading(selection)).append(nl);
        List<Path> dumps = selection.report().dumps();
        for (int d = 0; d < n; d++) {
            out.append("  ").append(SeriesText.dumpLabel(d)).append(" = ").append(dumps.get(d)).append(nl);
        }
        out.append(nl);
        if (selection.grown().isEmpty()) {
            return out.append(selection.nothingGrewSentence()).append(nl).toString();
        }
        List<String> columns = new ArrayList<>();
        columns.add("type");
        for (int d = 0; d < n; d++) {
            columns.add(">count(" + SeriesText.dumpLabel(d) + ")");
        }
        columns.add(">+delta");
        columns.add(">+bytes");
        TextTable table = new TextTable(columns.toArray(String[]::new));
        for (TypeGrowth type : selection.shown()) {
            List<String> cells = new ArrayList<>();
            cells.add(type.type());
            for (int d = 0; d < n; d++) {
                cells.add(Sizes.grouped(type.count(d)));
            }
            cells.add(Sizes.signedGrouped(type.countDelta()));
            cells.add(Sizes.signedHuman(type.bytesDelta()));
            table.row(cells.toArray(String[]::new));
        }
        out.append(table.render());
        if (selection.notShown() > 0) {
            out.append(Sizes.grouped(selection.notShown()))
                    .append(selection.notShown() == 1 ? " more type grew" : " more types grew")
                    .append(" (--top 0 shows all).").append(nl);
        }
        return out.toString();
    }

    private static String heading(GrowthSelection selection) {
        int n = selection.dumpCount();
        StringBuilder text = new StringBuilder(n == 2 ? "Growth from A to B" : "Growth across " + n + " dumps");
        text.append(", by ").append(selection.byBytes() ? "bytes" : "instance count");
        if (selection.monotonicMatters()) {
            text.append(", types that grew in every interval");
        }
        if (selection.query().filter() != null) {
            text.append(", types matching /").append(selection.query().filter().pattern()).append('/');
        }
        return text.append(':').toString();
    }
}
