package heapwhy.histogram;

import heapwhy.hprof.DumpInfo;
import heapwhy.layout.HeapLayout;

import java.util.List;

/**
 * Per-class instance counts and shallow bytes of every object in one dump (reachable or not), with what
 * was learnt about the dump on the way.
 *
 * @param info the dump's header facts
 * @param layout the inferred object layout used for the sizes
 * @param classes one entry per class that has instances (classes without instances are left out),
 *                sorted by shallow bytes, largest first
 * @param warnings problems that did not stop the reading, e.g. a truncated last segment
 */
public record ClassHistogram(DumpInfo info, HeapLayout layout, List<ClassEntry> classes, List<String> warnings) {

    public ClassHistogram {
        classes = List.copyOf(classes);
        warnings = List.copyOf(warnings);
    }

    public long totalCount() {
        return classes.stream().mapToLong(ClassEntry::count).sum();
    }

    public long totalBytes() {
        return classes.stream().mapToLong(ClassEntry::shallowBytes).sum();
    }
}
