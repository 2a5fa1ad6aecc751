package heapwhy.report.summary;

import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.Compression;
import heapwhy.hprof.RootKind;
import heapwhy.report.Csv;
import heapwhy.summary.HeapSummary;

import java.util.Map;

/** The summary as CSV {@code key,value} rows, exact numbers. */
public final class SummaryCsv {
    private SummaryCsv() {
    }

    public static String format(HeapIndex index, boolean keepUnreachable) {
        HeapSummary s = HeapSummary.of(index);
        StringBuilder out = new StringBuilder(Csv.record("key", "value"));
        row(out, "dump", String.valueOf(s.info().file()));
        row(out, "dump_size", s.info().fileSize());
        row(out, "keep_unreachable", String.valueOf(keepUnreachable));
        row(out, "objects", s.objects());
        row(out, "classes", s.classes());
        row(out, "total_bytes", s.shallowBytes());
        for (Map.Entry<RootKind, Long> kind : s.rootsByKind().entrySet()) {
            row(out, "gc_roots." + kind.getKey().description(), kind.getValue());
        }
        row(out, "unreachable_objects", s.unreachableObjects());
        row(out, "unreachable_bytes", s.unreachableBytes());
        for (HeapClass c : s.unreachableClasses().subList(0, Math.min(SummaryText.UNREACHABLE_CLASSES,
                s.unreachableClasses().size()))) {
            row(out, "unreachable_objects." + c.displayName(), c.unreachableCount());
            row(out, "unreachable_bytes." + c.displayName(), c.unreachableBytes());
        }
        row(out, "references", s.edges());
        row(out, "dangling_references", s.danglingReferences());
        row(out, "id_size", s.info().idSize());
        row(out, "hprof_version", s.info().version());
        row(out, "compression", compression(s));
        row(out, "layout", s.layout().describe());
        for (Map.Entry<String, String> p : s.systemProperties().entrySet()) {
            row(out, "system_property." + p.getKey(), p.getValue());
        }
        row(out, "index_from_cache", String.valueOf(index.fromCache()));
        row(out, "index_dir", String.valueOf(index.indexDir()));
        return out.toString();
    }

    static String compression(HeapSummary s) {
        Compression c = s.info().compression();
        return c == null || c == Compression.NONE ? "none" : c == Compression.GZIP ? "gzip" : "chunked gzip";
    }

    private static void row(StringBuilder out, String key, String value) {
        out.append(Csv.record(key, value));
    }

    private static void row(StringBuilder out, String key, long value) {
        out.append(Csv.record(key, Long.toString(value)));
    }
}
