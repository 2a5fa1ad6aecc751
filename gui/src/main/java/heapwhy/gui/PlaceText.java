package heapwhy.gui;

import heapwhy.classes.ClassNames;
import heapwhy.sites.GrowthSite;
import heapwhy.sites.SiteStep;
import heapwhy.sites.SiteType;
import heapwhy.util.Sizes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * One growing place worded as {@code heapwhy why} words it, so that the window and the terminal read alike:
 * what piles up where, how fast, what it retains, the types growing under it and the path that holds it.
 * The CLI's closing "look closer" command is the view's button instead.
 */
final class PlaceText {
    private PlaceText() {
    }

    static String format(int rank, GrowthSite site, int dumpCount) {
        String nl = System.lineSeparator();
        String last = GrowthComparison.letter(dumpCount - 1);
        StringBuilder out = new StringBuilder();
        out.append('#').append(rank).append(' ').append(ClassNames.simpleName(site.className()))
                .append(" piles up in ").append(site.holder()).append(nl);
        out.append("   objects   ").append(series(site.counts(), Sizes::grouped)).append("   ")
                .append(Sizes.signedGrouped(site.countGrowth())).append(perInterval(site.counts())).append(nl);
        out.append("   retained  ").append(series(site.retained(), Sizes::human)).append("   ")
                .append(Sizes.signedHuman(site.retainedGrowth())).append(nl);
        if (!site.types().isEmpty()) {
            out.append("   growing under it, A → ").append(last).append(':').append(nl);
            types(site.types(), dumpCount).forEach(line -> out.append("     ").append(line).append(nl));
        }
        out.append("   held by (path in ").append(last).append(threads(site)).append("):").append(nl);
        out.append("     ").append(site.path().rootText()).append(nl);
        for (SiteStep step : site.path().steps()) {
            out.append("       → ").append(step.label()).append("  ").append(step.className()).append(nl);
        }
        return out.toString();
    }

    /** The types as aligned columns: name, objects first → last, +objects, +shallow. */
    private static List<String> types(List<SiteType> types, int dumpCount) {
        List<String[]> rows = new ArrayList<>();
        for (SiteType type : types) {
            rows.add(new String[] {type.className(),
                Sizes.grouped(type.counts().get(0)) + " → " + Sizes.grouped(type.counts().get(dumpCount - 1)),
                Sizes.signedGrouped(type.countGrowth()), Sizes.signedHuman(type.bytesGrowth())});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", row[0]));
            for (int c = 1; c < row.length; c++) {
                line.append("  ").append(String.format("%" + widths[c] + "s", row[c]));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String series(List<Long> values, LongFunction<String> text) {
        List<String> parts = new ArrayList<>();
        for (long v : values) {
            parts.add(text.apply(v));
        }
        return String.join(" → ", parts);
    }

    /** " (+20,000 per interval)" when the steps are equal, else " (+1,000, +5,000)"; empty for two dumps. */
    private static String perInterval(List<Long> counts) {
        if (counts.size() < 3) {
            return "";
        }
        List<String> deltas = new ArrayList<>();
        boolean equal = true;
        for (int d = 1; d < counts.size(); d++) {
            long delta = counts.get(d) - counts.get(d - 1);
            equal &= delta == counts.get(1) - counts.get(0);
            deltas.add(Sizes.signedGrouped(delta));
        }
        return equal ? " (" + deltas.get(0) + " per interval)" : " (" + String.join(", ", deltas) + ")";
    }

    private static String threads(GrowthSite site) {
        return site.threads().size() < 2 ? "" : "; one of " + site.threads().size() + " alike threads";
    }
}
