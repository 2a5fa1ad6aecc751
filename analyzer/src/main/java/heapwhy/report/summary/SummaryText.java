package heapwhy.report.summary;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;
import heapwhy.report.DumpDescription;
import heapwhy.report.TextTable;
import heapwhy.summary.HeapSummary;
import heapwhy.util.Sizes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The summary as "label: value" lines for people, the values aligned. */
public final class SummaryText {
    /** How many classes of unreachable objects are listed. */
    static final int UNREACHABLE_CLASSES = 10;

    private SummaryText() {
    }

    public static String format(HeapIndex index, boolean keepUnreachable) {
        HeapSummary s = HeapSummary.of(index);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[]{"dump", DumpDescription.of(s.info())});
        lines.add(new String[]{"objects", Sizes.grouped(s.objects()) + (keepUnreachable
                ? " (all, unreachable ones kept as roots)" : " (reachable from the GC roots)")});
        lines.add(new String[]{"classes", Sizes.grouped(s.classes())});
        lines.add(new String[]{"total bytes", Sizes.human(s.shallowBytes()) + " (" + Sizes.grouped(s.shallowBytes())
                + " bytes, shallow, of the objects in the graph)"});
        long roots = s.rootsByKind().values().stream().mapToLong(Long::longValue).sum();
        lines.add(new String[]{"GC roots", Sizes.grouped(roots)});
        for (Map.Entry<RootKind, Long> kind : s.rootsByKind().entrySet()) {
            lines.add(new String[]{"  " + kind.getKey().description(), Sizes.grouped(kind.getValue())});
        }
        if (keepUnreachable && s.unreachableObjects() == 0) {
            lines.add(new String[]{"unreachable", "kept in the graph as roots (--keep-unreachable), counted above"});
        } else {
            lines.add(new String[]{"unreachable", Sizes.grouped(s.unreachableObjects()) + " objects, "
                    + Sizes.human(s.unreachableBytes()) + " (" + Sizes.grouped(s.unreachableBytes()) + " bytes)"
                    + (s.unreachableObjects() == 0 ? "" : keepUnreachable ? ", kept in the graph as roots"
                    : ", left out of the graph (--keep-unreachable keeps them)")});
        }
        List<HeapClass> lost = s.unreachableClasses();
        if (!lost.isEmpty()) {
            lines.add(new String[]{"  by class", ""});
            TextTable table = new TextTable(">objects", ">bytes", "class");
            for (HeapClass c : lost.subList(0, Math.min(UNREACHABLE_CLASSES, lost.size()))) {
                table.row(Sizes.grouped(c.unreachableCount()), Sizes.human(c.unreachableBytes()), c.displayName());
            }
            if (lost.size() > UNREACHABLE_CLASSES) {
                table.row("", "", "… " + Sizes.grouped(lost.size() - UNREACHABLE_CLASSES) + " more classes");
            }
            table.render().lines().skip(1).forEach(row -> lines.add(new String[]{null, row}));
        }
        lines.add(new String[]{"references", Sizes.grouped(s.edges())});
        lines.add(new String[]{"dangling references", Sizes.grouped(s.danglingReferences())
                + (s.danglingReferences() == 0 ? "" : " (to ids the dump never defines; ignored)")});
        lines.add(new String[]{"id size", s.info().idSize() + " bytes"});
        lines.add(new String[]{"HPROF version", String.valueOf(s.info().version())});
        lines.add(new String[]{"compression", SummaryCsv.compression(s)});
        lines.add(new String[]{"layout", s.layout().describe()});
        if (s.systemProperties().isEmpty()) {
            lines.add(new String[]{"system properties", "none found"});
        } else {
            lines.add(new String[]{"system properties", ""});
            for (Map.Entry<String, String> p : s.systemProperties().entrySet()) {
                lines.add(new String[]{null, p.getKey() + "=" + p.getValue()});
            }
        }
        lines.add(new String[]{"index", (index.fromCache() ? "reused from " : "built in ") + index.indexDir()});
        return aligned(lines);
    }

    /** "label:   value" lines, the values starting in one column; a null label continues the value column. */
    static String aligned(List<String[]> lines) {
        int width = lines.stream().filter(l -> l[0] != null).mapToInt(l -> l[0].length()).max().orElse(0) + 1;
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            if (line[0] == null) {
                out.append(" ".repeat(width + 1)).append(line[1]).append(System.lineSeparator());
                continue;
            }
            String label = line[0] + ":";
            String text = line[1].isEmpty() ? label : label + " ".repeat(width - label.length() + 1) + line[1];
            out.append(text).append(System.lineSeparator());
        }
        return out.toString();
    }
}
