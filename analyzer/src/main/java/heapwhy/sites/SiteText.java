package heapwhy.sites;

import heapwhy.classes.ClassNames;
import heapwhy.util.SeriesText;
import heapwhy.util.Sizes;

import java.util.ArrayList;
import java.util.List;

/**
 * One growing place in words, the same in {@code heapwhy why} and the explorer's Growth tab: what piles up
 * where, how fast, what it retains, the types growing under it and the path that holds it.
 */
public final class SiteText {
    /** A path longer than this shows its first and last steps, so that no place takes a screen. */
    private static final int MAX_STEPS = 9;
    private static final int HEAD_STEPS = 4;

    private SiteText() {
    }

    /** The place as lines ending in line separators: "#1 Entry piles up in static MyCache.ENTRIES …". */
    public static String format(int rank, GrowthSite site, int dumpCount) {
        String nl = System.lineSeparator();
        String last = SeriesText.dumpLabel(dumpCount - 1);
        StringBuilder out = new StringBuilder();
        out.append('#').append(rank).append(' ').append(ClassNames.simpleName(site.className()))
                .append(" piles up in ").append(site.holder()).append(nl);
        out.append("   objects   ").append(SeriesText.of(site.counts(), Sizes::grouped)).append("   ")
                .append(Sizes.signedGrouped(site.countGrowth())).append(SeriesText.perInterval(site.counts()))
                .append(nl);
        out.append("   retained  ").append(SeriesText.of(site.retained(), Sizes::human)).append("   ")
                .append(Sizes.signedHuman(site.retainedGrowth())).append(nl);
        if (!site.types().isEmpty()) {
            out.append("   growing under it, A → ").append(last).append(':').append(nl);
            types(site.types(), dumpCount).forEach(line -> out.append("     ").append(line).append(nl));
        }
        String threads = site.threads().size() < 2 ? "" : "; one of " + site.threads().size() + " alike threads";
        out.append("   held by (path in ").append(last).append(threads).append("):").append(nl);
        out.append("     ").append(site.path().rootText()).append(nl);
        List<SiteStep> steps = site.path().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.size() > MAX_STEPS && i == HEAD_STEPS) {
                int skipped = steps.size() - MAX_STEPS + 1;
                out.append("       … ").append(skipped).append(" steps …").append(nl);
                i += skipped - 1;
                continue;
            }
            SiteStep step = steps.get(i);
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
        // as wide as the column titles too, though they are not shown: the report's columns keep their places
        int[] widths = {"type".length(), "objects".length(), "+objects".length(), "+shallow".length()};
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
}
