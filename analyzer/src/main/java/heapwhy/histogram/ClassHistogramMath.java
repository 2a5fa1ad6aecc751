package heapwhy.histogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the histogram builders: summing pairs, marking shared names, ordering. */
final class ClassHistogramMath {
    private ClassHistogramMath() {
    }

    static long[] add(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    /** Flags entries whose name another entry shares, and sorts by shallow bytes, largest first. */
    static List<ClassEntry> markSharedNames(List<ClassEntry> raw) {
        Map<String, Integer> seen = new HashMap<>();
        for (ClassEntry e : raw) {
            seen.merge(e.name(), 1, Integer::sum);
        }
        List<ClassEntry> out = new ArrayList<>(raw.size());
        for (ClassEntry e : raw) {
            boolean shared = seen.get(e.name()) > 1;
            out.add(shared ? new ClassEntry(e.name(), e.loader(), true, e.count(), e.shallowBytes()) : e);
        }
        out.sort((a, b) -> a.shallowBytes() != b.shallowBytes() ? Long.compare(b.shallowBytes(), a.shallowBytes())
                : a.displayName().compareTo(b.displayName()));
        return out;
    }
}
