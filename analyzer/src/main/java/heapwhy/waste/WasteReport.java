package heapwhy.waste;

import java.util.List;

/**
 * What {@link Waste#find} found in one dump.
 *
 * @param findings one per inspection run, in {@link WasteKind} order (a finding may be empty)
 * @param graphBytes the reachable heap, which shares are of
 */
public record WasteReport(List<WasteFinding> findings, long graphBytes) {
    public WasteReport {
        findings = List.copyOf(findings);
    }

    /**
     * The bytes the findings waste together, object overhead left out: it is the cost of the objects' shape,
     * which no single fix removes, and it overlaps the others (a duplicate String's header is in both).
     */
    public long wastedBytes() {
        long sum = 0;
        for (WasteFinding f : findings) {
            if (f.kind() != WasteKind.OBJECT_OVERHEAD) {
                sum += f.wastedBytes();
            }
        }
        return sum;
    }

    /** The share of the reachable heap that {@code bytes} are, 0 to 100. */
    public double percent(long bytes) {
        return graphBytes > 0 ? bytes * 100.0 / graphBytes : 0;
    }
}
