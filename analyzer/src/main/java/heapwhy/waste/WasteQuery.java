package heapwhy.waste;

import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link Waste#find} looks for: the inspections to run, and how many owners and examples each finding keeps.
 *
 * @param kinds the inspections; empty means all
 * @param top owners and examples kept per finding, at least 1
 */
public record WasteQuery(Set<WasteKind> kinds, int top) {
    public WasteQuery {
        kinds = kinds.isEmpty() ? EnumSet.allOf(WasteKind.class) : EnumSet.copyOf(kinds);
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1: " + top);
        }
    }

    /** Every inspection, ten owners and examples each. */
    public static WasteQuery all() {
        return new WasteQuery(Set.of(), 10);
    }

    public boolean wants(WasteKind kind) {
        return kinds.contains(kind);
    }
}
