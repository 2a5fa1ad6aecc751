package heapwhy.gui;

import heapwhy.hprof.RootKind;
import heapwhy.summary.HeapSummary;
import heapwhy.util.Sizes;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

import java.time.Instant;
import java.util.Map;

/** What {@code heapwhy summary} shows: the dump, its layout, objects, roots and what no root reaches. */
final class SummaryView implements DumpView {
    private final TextArea text = new TextArea();

    SummaryView() {
        text.setId("summary");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setText("No dump open.");
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public void show(OpenedDump dump) {
        text.setText(dump == null ? "No dump open." : format(dump));
    }

    static String format(OpenedDump dump) {
        HeapSummary s = HeapSummary.of(dump.index());
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Dump: ").append(dump.path()).append(" (").append(Sizes.human(s.info().fileSize())).append(", ")
                .append(s.info().version()).append(", ").append(s.info().idSize()).append("-byte ids, ")
                .append(s.info().compression().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append(')').append(nl);
        out.append("Taken: ").append(Instant.ofEpochMilli(s.info().timestampMillis())).append(nl);
        out.append("Layout: ").append(s.layout().describe()).append(nl).append(nl);
        out.append("Reachable objects: ").append(Sizes.grouped(s.objects())).append(" in ")
                .append(Sizes.grouped(s.classes())).append(" classes, ").append(Sizes.human(s.shallowBytes()))
                .append(" (").append(Sizes.grouped(s.shallowBytes())).append(" bytes)").append(nl);
        out.append("References: ").append(Sizes.grouped(s.edges())).append(nl);
        out.append("Unreachable (garbage not yet collected): ").append(Sizes.grouped(s.unreachableObjects()))
                .append(" objects, ").append(Sizes.human(s.unreachableBytes())).append(nl);
        if (s.danglingReferences() > 0) {
            out.append("References to objects the dump does not hold: ").append(Sizes.grouped(s.danglingReferences()))
                    .append(nl);
        }
        out.append(nl).append("GC roots:").append(nl);
        for (Map.Entry<RootKind, Long> e : s.rootsByKind().entrySet()) {
            out.append("  ").append(String.format("%-28s", e.getKey().description())).append(Sizes.grouped(e.getValue()))
                    .append(nl);
        }
        String javaVersion = s.systemProperties().get("java.version");
        if (javaVersion != null) {
            out.append(nl).append("Java: ").append(javaVersion).append(' ')
                    .append(s.systemProperties().getOrDefault("java.vm.name", "")).append(nl);
        }
        for (String warning : s.warnings()) {
            out.append(nl).append("Warning: ").append(warning).append(nl);
        }
        return out.toString();
    }
}
