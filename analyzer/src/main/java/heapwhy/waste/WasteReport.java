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

    /** The bytes all findings waste together. */
    public long wastedBytes() {
        long sum = 0;
        for (WasteFinding f : findings) {
            sum += f.wastedBytes();
        }
        return sum;
    }

    /** The share of the reachable heap that {@code bytes} are, 0 to 100. */
    public double percent(long bytes) {
        return graphBytes > 0 ? bytes * 100.0 / graphBytes : 0;
    }
}
