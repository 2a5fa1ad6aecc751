package heapwhy.suspects;

import java.util.List;

/**
 * What {@link Suspects#find} found.
 *
 * @param thresholdPercent the share of the heap a suspect retains at least
 * @param graphBytes the reachable heap, the 100 %
 * @param suspects single objects above the threshold, the biggest first
 * @param classSuspects classes above the threshold, only when no single object is (else empty)
 */
public record SuspectsReport(double thresholdPercent, long graphBytes, List<Suspect> suspects,
                             List<ClassSuspect> classSuspects) {
    public SuspectsReport {
        suspects = List.copyOf(suspects);
        classSuspects = List.copyOf(classSuspects);
    }

    /** Whether nothing passed the threshold. */
    public boolean isEmpty() {
        return suspects.isEmpty() && classSuspects.isEmpty();
    }
}
