package heapwhy.waste;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wasted objects and bytes added up per owner name; one entry per distinct owner, not per object. */
final class OwnerTally {
    private final Map<String, long[]> byName = new HashMap<>();

    void add(String owner, long bytes) {
        add(owner, 1, bytes);
    }

    /** Several objects wasting {@code bytes} together (the boxes of one array). */
    void add(String owner, long objects, long bytes) {
        long[] sums = byName.computeIfAbsent(owner, k -> new long[2]);
        sums[0] += objects;
        sums[1] += bytes;
    }

    /** The {@code top} owners with most bytes, then most objects, then by name. */
    List<WasteOwner> top(int top) {
        List<WasteOwner> owners = new ArrayList<>(byName.size());
        byName.forEach((name, sums) -> owners.add(new WasteOwner(name, sums[0], sums[1])));
        owners.sort(Comparator.comparingLong(WasteOwner::bytes).reversed()
                .thenComparing(Comparator.comparingLong(WasteOwner::objects).reversed())
                .thenComparing(WasteOwner::name));
        return owners.subList(0, Math.min(top, owners.size()));
    }
}
